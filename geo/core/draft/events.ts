/**
 * Event candidates: claims grouped by place and date. A claim that names neither takes them from
 * the claim before it in the same paragraph, as a reader does; one with no date anywhere near it
 * gets the week up to publication, marked as inferred. The reviewer merges and renames.
 */
import type { EventInput, WhenInput } from '../model/schema.ts';
import { addDays } from '../model/dates.ts';

export interface Located {
  line: number;
  quote: string;
  /** A place id (project or gazetteer), when the claim names a place. */
  place: string | null;
  date: WhenInput | null;
  /** The date is when the claim was said, not when its event happened. */
  saidOnly?: boolean;
}

const overlaps = (a: WhenInput, b: WhenInput) => a.start <= b.end && b.start <= a.end;

function titleOf(quote: string): string {
  const bare = quote
    .replace(/^[“"‘']+|[”"’',;:]+$|(?<!\b\p{Lu})\.$/gu, '')
    .replace(/^(?:And|But|Then|Instead|Meanwhile|In addition),?\s+/, '');
  if (bare.length <= 80) return bare;
  const cut = bare.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function groupEvents(claims: Located[], published: string, reportId: string): { events: EventInput[]; eventOf: string[] } {
  const events: EventInput[] = [];
  const eventOf: string[] = [];
  const fallback: WhenInput = {
    start: addDays(published, -6),
    end: published,
    precision: 'range',
    basis: 'context',
    note: `No date in the text: taken as the week up to publication (${published}); to be checked.`,
  };
  const statements = new Set<string>();
  // Indexes, so that a long text costs each claim a look-up, not a scan of every event so far.
  const byId = new Map<string, EventInput>();
  const byKey = new Map<string, EventInput>();
  const atPlace = new Map<string | null, EventInput[]>();
  const key = (place: string | null, w: WhenInput) => `${place ?? ''}|${w.start}|${w.end}`;
  claims.forEach((c, i) => {
    const prev = i > 0 && claims[i - 1].line === c.line ? byId.get(eventOf[i - 1]) : undefined;
    const place = c.place ?? prev?.place ?? null;
    const date = c.date;
    // An undated claim joins its paragraph's event, else the latest recent event at its place,
    // preferring events dated by what happened over those dated by when something was said.
    const recent = date ? [] : (atPlace.get(place) ?? []).filter((e) => overlaps(e.when, fallback));
    const event = date
      ? byKey.get(key(place, date))
      : prev && (c.place === null || c.place === prev.place)
        ? prev
        : (recent.filter((e) => !statements.has(e.id)).pop() ?? recent.pop());
    if (event) {
      eventOf.push(event.id);
      return;
    }
    const id = `${reportId}-e${String(events.length + 1).padStart(2, '0')}`;
    if (c.saidOnly) statements.add(id);
    const { start, end, precision, basis, note } = date ?? fallback;
    const made: EventInput = {
      id,
      title: titleOf(c.quote),
      summary: c.quote.length > 300 ? `${c.quote.slice(0, 297)}…` : c.quote,
      place,
      when: { start, end, precision, basis, note },
    };
    events.push(made);
    byId.set(id, made);
    if (!byKey.has(key(place, made.when))) byKey.set(key(place, made.when), made);
    const here = atPlace.get(place);
    if (here) here.push(made);
    else atPlace.set(place, [made]);
    eventOf.push(id);
  });
  return { events, eventOf };
}
