/**
 * draft(text, meta, gazetteer) → Draft: the claims a person would write for a report, proposed.
 * Lines are sorted into boilerplate (not_claims), headlines and body; body sentences are split
 * where the attribution changes; each part gets its chain, cue, stance, `said` date, place and
 * date; parts are grouped into event candidates. Runs the same in Node and the browser.
 */
import type { ClaimInput, PlaceInput } from '../model/schema.ts';
import { attribute } from './attribute.ts';
import { confidenceOf, type Reason } from './confidence.ts';
import { CUE_FORMS, NOUN_LIKE } from './lexicon.ts';
import { Voices, type Voice } from './asserters.ts';
import { boilerplateSpans, classifyLines } from './boilerplate.ts';
import { clauses, splitPoints } from './clauses.ts';
import { findHits } from './cues.ts';
import { groupEvents } from './events.ts';
import { PlaceIndex, type PlaceMention } from './places.ts';
import { placeParts } from './placing.ts';
import { quotedFragments, sentenceUnits } from './units.ts';
import { lines } from '../text/sentences.ts';
import { stanceOf } from './stance.ts';
import { fold, Occurrences, selector, words } from './text.ts';
import type { Draft, DraftMeta, Gazetteer, Span } from './types.ts';
import { findDates, type DateMention } from './when.ts';

interface Part extends Span {
  line: number;
  headline: boolean;
  chain: Voice[];
  cue: string | null;
  denial: boolean;
  said: string;
  date: DateMention | null;
  mentions: PlaceMention[];
  place: PlaceMention | null;
  /** True when the part's only date is when it was said (a statement's date, not an event's). */
  saidOnly: boolean;
  placeFrom?: 'named' | 'context' | 'dateline';
  reasons: Reason[];
  unknown: string[];
}

const quoted = (s: string) => /[“"][^”"]*\s[^”"]*\s[^”"]*[”"]?/.test(s) || /^[“"]/.test(s);

/**
 * `progress(done, total)` is told after each sentence (unit) read: the studio shows it while it
 * drafts in a worker ("sentence 1,200 of 3,400").
 */
export function draft(text: string, meta: DraftMeta, gazetteer: Gazetteer, progress?: (done: number, total: number) => void): Draft {
  const report = meta.reportId ?? 'draft';
  const P = meta.published;
  const places = new PlaceIndex(gazetteer);
  const isPlace = (n: string) => places.has(n);
  const voices = new Voices(meta.outlet, meta.outletId, isPlace);
  const ls = lines(text);
  const kinds = classifyLines(ls);
  const parts: Part[] = [];
  const unknown = new Set<string>();

  const { units, datelines } = sentenceUnits(text, ls, kinds);
  const lineText = new Map(ls.map((l) => [l.index, l.text]));
  // The last part of each paragraph heard from a source: what a quotation there continues.
  const voiced = new Map<number, Part>();
  for (const [done, unit] of units.entries()) {
    progress?.(done, units.length);
    const tokens = words(text.slice(unit.start, unit.end), unit.start);
    // A headline's own reporting verb counts only as its last word: "…, Iraqi officials say".
    // "We" inside a quotation is the speaker ("“We fulfilled what we had promised”"), not a source of its own;
    // a quotation that quotes ("“a U.S. official said that…”") keeps its source.
    const quotes = quotations(text, unit);
    const hits = (
      unit.headline
        ? findHits(text, tokens, 0, tokens.length - 1, isPlace).filter(
            (h) =>
              // "…, Iraqi officials say" and "…, say witnesses".
              (h.cue.end === tokens[tokens.length - 1]?.end && /,\s*$/.test(text.slice(unit.start, h.source.start))) ||
              (h.source.end === tokens[tokens.length - 1]?.end &&
                h.cue.start < h.source.start &&
                /,\s*$/.test(text.slice(unit.start, h.cue.start))),
          )
        : findHits(text, tokens, 0, tokens.length - 1, isPlace)
    ).filter((h) => !(/^(?:we|i|you)$/i.test(h.source.text) && quotes.some((q) => h.cue.start > q.start && h.cue.end < q.end)));
    for (const span of clauses(text, unit, unit.headline ? [] : splitPoints(text, unit, tokens, hits))) {
      const own = hits.filter((h) => h.cue.start >= span.start && h.cue.end <= span.end);
      const dates = findDates(text.slice(span.start, span.end), span.start, P);
      const a = attribute(text, own, dates, voices, P, unit.start);
      // The voice a quotation continues: the last one heard in the paragraph, past the outlet's glosses.
      const prev = voiced.get(unit.line) ?? parts[parts.length - 1];
      const quote = text.slice(span.start, span.end);
      const lineStartsQuoted = /^[“"]/.test(lineText.get(unit.line) ?? '') && !hits.length;
      const continues =
        a.chain.length === 1 &&
        prev &&
        prev.chain.length > 1 &&
        !unit.headline &&
        quoted(quote) &&
        (prev.line === unit.line || lineStartsQuoted);
      const inSource = (m: PlaceMention) =>
        m.score === 0 && own.some((h) => [h.source, h.relay].some((s) => s && m.start >= s.start && m.end <= s.end));
      // "told reporters in Kiev that…": where it was said, not where it happened.
      // (Looked for over the next 45 characters only: a search to the text's end for every cue was quadratic.)
      const saying = own.map((h) => {
        const near = text.slice(h.cue.end, h.cue.end + 45).indexOf(' that ');
        return { start: h.cue.start, end: near !== -1 && near < 40 ? h.cue.end + near : h.cue.end };
      });
      // Where it was said is kept only as a last resort (score 0): the claim's scene comes first from
      // its other names, then from the report.
      const mentions = places
        .find(text, span.start, span.end)
        .filter((m) => !inSource(m))
        .map((m) => (saying.some((r) => m.start >= r.start && m.end <= r.end) ? { ...m, score: 0 } : m));
      const districts: PlaceMention[] = [];
      const unknownHere = places.unknown(text, span.start, span.end, mentions, districts);
      for (const u of unknownHere) unknown.add(u);
      mentions.push(...districts);
      // The town after "the X district of" is where the district lies, not a second scene.
      for (const d of mentions.filter((m) => m.place.town)) {
        const town = mentions.findIndex((m) => m.start > d.end && m.start - d.end < 16 && m.place.name === d.place.town);
        if (town !== -1) mentions.splice(town, 1);
      }
      mentions.sort((x, y) => x.start - y.start);
      const reasons: Reason[] = unit.headline ? [{ code: 'HEADLINE' }] : [];
      if (continues) reasons.push({ code: 'SOURCE_CARRIED_OVER', values: { source: prev.chain[prev.chain.length - 1].name } });
      else if (a.chain.length > 1) reasons.push(...a.reasons);
      else if (quoted(quote)) reasons.push({ code: 'QUOTE_WITHOUT_SOURCE' });
      else {
        const cue = words(quote).find((w) => CUE_FORMS.has(w.text) && !NOUN_LIKE.has(w.text));
        reasons.push(cue ? { code: 'CUE_WITHOUT_SOURCE', values: { cue: cue.text } } : { code: 'NO_REPORTING_VERB' });
      }
      const part: Part = {
        ...span,
        line: unit.line,
        headline: unit.headline,
        chain: continues ? prev.chain : a.chain,
        cue: continues ? (prev.line === unit.line ? prev.cue : null) : a.cue,
        denial: continues ? prev.denial : a.denial,
        said: continues || (!a.saidDate && sameVoice(prev, a.chain, unit.line)) ? prev.said : a.said,
        date: dates.find((d) => d !== a.saidDate) ?? a.saidDate,
        saidOnly: !dates.some((d) => d !== a.saidDate) && a.saidDate !== null,
        mentions,
        place: null,
        reasons,
        unknown: unknownHere,
      };
      parts.push(part);
      if (part.chain.length > 1) voiced.set(unit.line, part);
    }
  }
  progress?.(units.length, units.length);
  splitHeadlineQuotes(text, parts);
  parts.sort((x, y) => x.start - y.start);
  placeParts(parts, datelinePlace(text, datelines, places));

  const { events, eventOf } = groupEvents(
    parts.map((p) => ({
      line: p.line,
      quote: text.slice(p.start, p.end),
      place: p.place?.place.id ?? null,
      date: p.date,
      saidOnly: p.saidOnly,
    })),
    P,
    report,
  );
  const newPlaces = new Map<string, PlaceInput>();
  for (const p of parts) {
    const g = p.place?.place;
    if (!g || g.project || newPlaces.has(g.id)) continue;
    const aka = [...new Set([g.name, ...(g.aka ?? [])])].filter((n) => n !== p.place?.text).slice(0, 6);
    newPlaces.set(g.id, {
      id: g.id,
      // The text's spelling, unless it is a dateline's capitals ("SURUC" is Suruç).
      name: p.place && !/^[\p{Lu}\s.'’-]+$/u.test(p.place.text) ? p.place.text : g.name,
      ...(aka.length ? { aka } : {}),
      lngLat: g.lngLat,
      precision: g.precision,
      geonames: g.geonames,
      source: g.source,
    });
  }
  const used = new Set<string>();
  const occurrences = new Occurrences(text);
  const claims: ClaimInput[] = parts.map((p, i) => {
    const quote = text.slice(p.start, p.end);
    const { stance, hedges } = stanceOf(quote, p.chain.length, p.denial);
    p.chain.forEach((v) => used.add(v.id));
    const id = `${report}-c${String(i + 1).padStart(2, '0')}`;
    return {
      id,
      ...selector(text, p.start, p.end, occurrences),
      event: eventOf[i],
      asserters: p.chain.map((v) => v.id),
      cue: p.cue,
      stance,
      ...(hedges.length ? { hedges } : {}),
      said: p.said,
    };
  });
  const guessed = new Set(events.filter((e) => e.when.note.startsWith('No date in the text')).map((e) => e.id));
  const notClaims = [...boilerplateSpans(ls, kinds), ...datelines.map((s) => ({ ...s, why: 'dateline' }))]
    .sort((a, b) => a.start - b.start)
    .map((b) => ({ ...selector(text, b.start, b.end, occurrences), why: b.why }));
  return {
    report,
    outlet: voices.outlet.id,
    claims,
    spans: parts.map(({ start, end }) => ({ start, end })),
    notClaims,
    asserters: voices.asserters(used),
    events,
    places: [...newPlaces.values()],
    unknownPlaces: [...unknown],
    confidence: parts.map((p, i) => confidenceOf([...p.reasons, ...placeReasons(p), ...dateReasons(guessed, eventOf[i])])),
  };
}

/** The stretches of a sentence inside double quotation marks (“…” or "…"), marks included. */
function quotations(text: string, unit: Span): Span[] {
  const out: Span[] = [];
  for (const m of text.slice(unit.start, unit.end).matchAll(/“[^”]*”|"[^"]*"/g))
    out.push({ start: unit.start + m.index, end: unit.start + m.index + m[0].length });
  return out;
}

/** The town a dateline names ("BAGHDAD (Reuters) -", "Baghdad —"): the scene when nothing else is. */
function datelinePlace(text: string, datelines: Span[], places: PlaceIndex): PlaceMention | null {
  for (const d of datelines) {
    const head = text
      .slice(d.start, d.end)
      .match(/^[\p{L}'’. -]+?(?=\s*(?:[,(]|[-–—:]|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|$))/u)?.[0];
    if (!head) continue;
    const name = head
      .trim()
      .toLowerCase()
      .replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    const place = places.named(name);
    if (place)
      return {
        place,
        text: text.slice(d.start, d.start + head.trim().length),
        start: d.start,
        end: d.start + head.trim().length,
        score: 2,
      };
  }
  return null;
}

function placeReasons(p: Part): Reason[] {
  const out: Reason[] = [];
  const g = p.place?.place;
  if (p.unknown.length) out.push({ code: 'PLACE_UNKNOWN', values: { names: p.unknown.join(', ') } });
  if (!g) return [...out, { code: 'NO_PLACE' }];
  if (p.placeFrom === 'dateline') out.push({ code: 'PLACE_FROM_DATELINE', values: { place: g.name } });
  else if (p.placeFrom === 'context') out.push({ code: 'PLACE_FROM_CONTEXT', values: { place: g.name } });
  if (g.precision === 'country') out.push({ code: 'PLACE_COUNTRY_ONLY', values: { place: g.name } });
  if (g.town) out.push({ code: 'DISTRICT_AT_TOWN', values: { district: g.name, town: g.town } });
  if (g.world) out.push({ code: 'WORLD_TOWN', values: { place: g.name, country: g.world } });
  return out;
}

function dateReasons(guessed: Set<string>, id: string): Reason[] {
  return guessed.has(id) ? [{ code: 'DATE_GUESSED' }] : [];
}

/** "He said as well…" right after Clapper's dated words: said when they were. */
function sameVoice(prev: Part | undefined, chain: Voice[], line: number): boolean {
  return !!prev && prev.line === line && chain.length > 1 && prev.chain[prev.chain.length - 1] === chain[chain.length - 1];
}

/** A headline's quoted words (‘By Surprise’) are the voice that says them later in the report. */
function splitHeadlineQuotes(text: string, parts: Part[]): void {
  let voiced: { part: Part; folded: string }[] | null = null;
  for (const h of parts.filter((p) => p.headline)) {
    for (const f of quotedFragments(text, h)) {
      const key = fold(text.slice(f.start, f.end));
      voiced ??= parts
        .filter((p) => !p.headline && p.chain.length > 1)
        .map((part) => ({ part, folded: fold(text.slice(part.start, part.end)) }));
      const said = voiced.find((v) => v.folded.includes(key))?.part;
      if (!said || f.start <= h.start) continue;
      parts.push({ ...h, start: f.start, end: h.end, chain: said.chain, cue: null, said: said.said });
      h.end = f.start;
      while (/\s/.test(text[h.end - 1])) h.end--;
      break;
    }
  }
}
