/**
 * Text that readers see (an event's title, summary and date reasoning, a report's notes, a
 * relation's note) names a report by its outlet, never by its internal id: "r003 (Monday…)" means
 * nothing to a student. The text is fixed at its source, so the panel, the handout and every
 * export say the same thing; nothing rewrites it on the way out.
 */
import type { Registries } from './registries.ts';
import { slugify } from '../model/values.ts';
import type { Path, Problems } from '../model/problems.ts';

/** The report ids a text names, each once, in order of first mention. */
export function reportIdsIn(text: string, ids: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  // A slug-like word, and each of its leading parts: "r003-c06" names r003 too.
  for (const word of text.match(/[A-Za-z0-9][A-Za-z0-9_-]*/g) ?? []) {
    const parts = word.split('-');
    for (let i = 1; i <= parts.length; i++) {
      const candidate = parts.slice(0, i).join('-');
      if (ids.has(candidate)) found.add(candidate);
    }
  }
  return [...found];
}

/**
 * Ids that are internal: not the slug of the outlet's own name. An imported source's id is its
 * name as a slug ("reuters", "reuters-2"), which reads as the name, so it may stand in a text.
 */
export function internalReportIds(reg: Registries): Map<string, string> {
  const out = new Map<string, string>();
  for (const { value: r } of reg.reports.values()) {
    const name = slugify(r.outlet.value ?? '');
    if (!name || (r.id !== name && !new RegExp(`^${name}-\\d+$`).test(r.id))) out.set(r.id, r.outlet.value ?? 'its outlet');
  }
  return out;
}

/** Adds REPORT_ID_IN_TEXT when `text` names a report by its id; the fix names the outlet to write. */
export function checkReaderText(
  text: string | null | undefined,
  path: Path,
  what: string,
  ids: Map<string, string>,
  problems: Problems,
  /** Who `what` is, for the catalogue: `subject` (note, relation, eventTitle, eventSummary, eventDate, reportNote), `id`, `field`. */
  about: Record<string, string>,
): void {
  if (!text) return;
  const named = reportIdsIn(text, new Set(ids.keys()));
  if (!named.length) return;
  problems.add(
    'REPORT_ID_IN_TEXT',
    path,
    `${what} names ${named.map((id) => `the report ${id}`).join(' and ')}; readers see this text, and an id means nothing to them.`,
    { case: 'report', ...about, named: named.join(', '), outlets: named.map((id) => `“${ids.get(id)}” (${id})`).join('; ') },
    `Name the outlet instead: ${named.map((id) => `write “${ids.get(id)}” for ${id}`).join('; ')}.`,
  );
}

/** Every reader-facing text of the registries. */
export function checkRegistryTexts(reg: Registries, problems: Problems): void {
  const ids = internalReportIds(reg);
  if (!ids.size) return;
  for (const { value: e, path } of reg.events.values()) {
    checkReaderText(e.title, [...path, 'title'], `Event ${e.id}'s title`, ids, problems, { subject: 'eventTitle', id: e.id });
    checkReaderText(e.summary, [...path, 'summary'], `Event ${e.id}'s summary`, ids, problems, { subject: 'eventSummary', id: e.id });
    checkReaderText(e.when.note, [...path, 'when', 'note'], `Event ${e.id}'s date note`, ids, problems, { subject: 'eventDate', id: e.id });
    // The same rule for its words in other languages: a reader of Arabic is as lost by "r003".
    for (const [lang, words] of Object.entries(e.translations ?? {})) {
      const at = [...path, 'translations', lang];
      checkReaderText(words.title, [...at, 'title'], `Event ${e.id}'s title (${lang})`, ids, problems, { subject: 'eventTitle', id: e.id });
      checkReaderText(words.summary, [...at, 'summary'], `Event ${e.id}'s summary (${lang})`, ids, problems, {
        subject: 'eventSummary',
        id: e.id,
      });
    }
  }
  for (const { value: r, path } of reg.reports.values()) {
    for (const key of ['outlet', 'title', 'author', 'url', 'published'] as const)
      checkReaderText(r[key].note, [...path, key, 'note'], `Report ${r.id}'s ${key} note`, ids, problems, {
        subject: 'reportNote',
        id: r.id,
        field: key,
      });
  }
}
