/**
 * Checks the "later known" notes (geo/later.yaml): what later reporting or official records
 * established about some events. A note must cite a source, be later than every claim about its
 * events (a classroom reveals it as the answer to what the reports could not know), say when the
 * fact became known, and speak in the annotator's words: no report or claim ids, no long quotes.
 */
import type { Annotations } from './annotations.ts';
import { checkReaderText, internalReportIds } from './reader-text.ts';
import type { Registries } from './registries.ts';
import { isIsoDate } from '../model/dates.ts';
import { indexById, parseList, type Indexed } from '../model/entries.ts';
import { formatPath, type Path, type Problems } from '../model/problems.ts';
import { LaterSchema, type LaterInput } from '../model/schema.ts';
import { isWebAddress } from './registries.ts';

/** More than this many words between quotation marks is copying, not citing. */
export const MAX_QUOTED_WORDS = 8;

const QUOTED = /“([^”]*)”|"([^"]*)"|‘([^’]*)’/g;

/** The quoted passages of a text that run longer than MAX_QUOTED_WORDS words. */
export function longQuotes(text: string): string[] {
  return [...text.matchAll(QUOTED)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .filter((q) => q.trim().split(/\s+/).filter(Boolean).length > MAX_QUOTED_WORDS);
}

/** The last date of a claim's `said` ("2015-03-02" or "2015-02-28/2015-03-01"). */
const saidEnd = (said: string) => said.split('/').pop() ?? said;

/**
 * For each event, the latest date any claim about it was made: the later of its report's
 * publication and the end of its `said`. A later-known note must come after it.
 */
export function latestClaimDates(reg: Registries, ann: Annotations): Map<string, { date: string; claim: string }> {
  const out = new Map<string, { date: string; claim: string }>();
  for (const c of ann.claims.values()) {
    const published = reg.reports.get(c.report)?.value.published.date ?? '';
    const end = saidEnd(c.said);
    const date = published > end ? published : end;
    const seen = out.get(c.event);
    if (!seen || date > seen.date) out.set(c.event, { date, claim: c.id });
  }
  return out;
}

function checkNote(
  n: LaterInput,
  path: Path,
  reg: Registries,
  latest: Map<string, { date: string; claim: string }>,
  ids: Map<string, string>,
  claimIds: ReadonlySet<string>,
  problems: Problems,
): void {
  const p = (...rest: Path) => [...path, ...rest];
  n.events.forEach((e, i) => {
    if (!reg.events.has(e))
      problems.add(
        'UNKNOWN_EVENT',
        p('events', i),
        `Later-known note ${n.id} names the event "${e}", which the events list does not have.`,
        { case: 'note', id: n.id, event: e },
      );
  });
  if (!isIsoDate(n.known))
    problems.add('INVALID_DATE', p('known'), `Later-known note ${n.id}: expected YYYY-MM-DD, found "${n.known}".`, {
      case: 'iso',
      subject: 'note',
      id: n.id,
      found: n.known,
    });
  if (n.sources.length === 0)
    problems.add('LATER_WITHOUT_SOURCE', p('sources'), `Later-known note ${n.id} cites no source; a reader must be able to check it.`, {
      id: n.id,
    });

  // The last claim about any of the note's events: the note must come after it.
  const last = n.events
    .flatMap((e) => latest.get(e) ?? [])
    .reduce<{ date: string; claim: string } | null>((a, b) => (a === null || b.date > a.date ? b : a), null);
  if (last && isIsoDate(n.known) && n.known <= last.date)
    problems.add(
      'LATER_BEFORE_CLAIMS',
      p('known'),
      `Later-known note ${n.id} says the fact became known on ${n.known}, but the claim ${last.claim} about its events was made on ${last.date}: a later-known fact must come after the claims.`,
      { case: 'known', id: n.id, known: n.known, claim: last.claim, date: last.date },
    );
  let earliest = '';
  n.sources.forEach((s, i) => {
    if (!isIsoDate(s.date)) {
      problems.add('INVALID_DATE', p('sources', i, 'date'), `Source ${i + 1} of note ${n.id}: expected YYYY-MM-DD, found "${s.date}".`, {
        case: 'iso',
        subject: 'source',
        n: i + 1,
        id: n.id,
        found: s.date,
      });
      return;
    }
    if (!isWebAddress(s.url))
      problems.add(
        'BAD_URL',
        p('sources', i, 'url'),
        `Source ${i + 1} of note ${n.id} has the address ${JSON.stringify(s.url)}, which is not a web address.`,
        { case: 'source', n: i + 1, id: n.id, url: JSON.stringify(s.url) },
      );
    if (last && s.date <= last.date)
      problems.add(
        'LATER_BEFORE_CLAIMS',
        p('sources', i, 'date'),
        `Source ${i + 1} of note ${n.id} (${s.outlet}, ${s.date}) is not later than the claim ${last.claim} (${last.date}) about its events.`,
        { case: 'source', n: i + 1, id: n.id, outlet: s.outlet, known: s.date, claim: last.claim, date: last.date },
      );
    if (!earliest || s.date < earliest) earliest = s.date;
  });
  if (earliest && isIsoDate(n.known) && n.known > earliest)
    problems.add(
      'LATER_KNOWN_AFTER_SOURCES',
      p('known'),
      `Later-known note ${n.id} says the fact became known on ${n.known}, after its source of ${earliest} reported it.`,
      { id: n.id, known: n.known, earliest },
    );

  checkReaderText(n.note, p('note'), `Later-known note ${n.id}`, ids, problems, { subject: 'note', id: n.id });
  const named = (n.note.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).filter((w) => claimIds.has(w));
  if (named.length && !problems.list.some((x) => x.code === 'REPORT_ID_IN_TEXT' && formatPath(x.path) === formatPath(p('note'))))
    problems.add(
      'REPORT_ID_IN_TEXT',
      p('note'),
      `Later-known note ${n.id} names the claim ${named.join(' and ')}; readers see this text, and an id means nothing to them.`,
      { case: 'claim', subject: 'note', id: n.id, named: named.join(', ') },
      'Say what the claim said and who said it, in words (“the Pentagon’s denial of 2 March”), not by its id.',
    );
  for (const q of longQuotes(n.note))
    problems.add(
      'LATER_QUOTE_TOO_LONG',
      p('note'),
      `Later-known note ${n.id} quotes ${q.trim().split(/\s+/).length} words (“${q.length > 60 ? `${q.slice(0, 57)}…` : q}”); at most ${MAX_QUOTED_WORDS} may be quoted.`,
      { id: n.id, n: q.trim().split(/\s+/).length, quote: q.length > 60 ? `${q.slice(0, 57)}…` : q, max: MAX_QUOTED_WORDS },
    );
}

/** Checks every note; returns the good ones by id. The notes are optional: none is fine. */
export function checkLater(
  raw: unknown,
  reg: Registries,
  ann: Annotations,
  problems: Problems,
  where: (path: Path) => string = formatPath,
): Indexed<LaterInput> {
  const notes = indexById(parseList(LaterSchema, raw ?? [], ['later'], problems), problems, where);
  const latest = latestClaimDates(reg, ann);
  const ids = internalReportIds(reg);
  const claimIds = new Set(ann.claims.keys());
  for (const { value: n, path } of notes.values()) checkNote(n, path, reg, latest, ids, claimIds, problems);
  return notes;
}
