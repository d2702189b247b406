/**
 * Date expressions resolved against the publication date, with the precision, basis and note the
 * events file asks for. chrono-node reads calendar dates ("Thursday, Sept. 4", "June 14th, 2014");
 * weekdays, weekends, "since June", "in late February" are read here, because they depend on the
 * publication date in ways chrono resolves forward or to a single day: "on Friday" is the most
 * recent Friday on or before publication, "since June" the last June before it.
 */
import * as chrono from 'chrono-node/en';
import type { WhenInput } from '../model/schema.ts';
import { addDays, isIsoDate, monthEnd, monthStart } from '../model/dates.ts';

export interface DateMention extends WhenInput {
  text: string;
  from: number;
  to: number;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';

const dow = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const day = (iso: string) => `${DAYS[dow(iso)]} ${iso}`;
const span = (start: string, end: string, basis: WhenInput['basis'], note: string): WhenInput =>
  start >= end ? { start, end: start, precision: 'day', basis, note } : { start, end, precision: 'range', basis, note };

/** Explicit calendar dates, year from the text or else the latest one not after publication. */
function calendar(text: string, published: string): { from: number; to: number; when: WhenInput; text: string }[] {
  const ref = new Date(`${published}T12:00:00Z`);
  return chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false }).flatMap((r) => {
    if (!r.start.isCertain('day') || !r.start.isCertain('month') || !new RegExp(`${MONTH}|\\d{4}-\\d\\d|\\d+/\\d+`, 'i').test(r.text))
      return [];
    const iso = (c: chrono.ParsedResult['start'], yearKnown: boolean) => {
      const m = String(c.get('month')).padStart(2, '0');
      const d = String(c.get('day')).padStart(2, '0');
      if (yearKnown) return `${c.get('year')}-${m}-${d}`;
      const y = Number(published.slice(0, 4));
      const same = `${y}-${m}-${d}`;
      return same <= addDays(published, 7) ? same : `${y - 1}-${m}-${d}`;
    };
    const known = r.start.isCertain('year');
    const start = iso(r.start, known);
    const end = r.end ? iso(r.end, r.end.isCertain('year') || known) : start;
    if (!isIsoDate(start) || !isIsoDate(end)) return [];
    const note = `'${r.text}' → ${start === end ? start : `${start} – ${end}`}${known ? '' : ' (the year from the publication date)'}`;
    return [{ from: r.index, to: r.index + r.text.length, text: r.text, when: span(start, end, 'explicit', note) }];
  });
}

type Rule = [RegExp, (m: RegExpExecArray, p: string) => WhenInput | null];

const RULES: Rule[] = [
  [
    /\b(?:over|during|at|on|this|last|past)\s+(?:the\s+)?weekend\b/gi,
    (m, p) => {
      const w = dow(p);
      const sun = w === 0 ? p : w === 6 ? addDays(p, -6) : addDays(p, -w);
      return span(addDays(sun, -1), sun, 'context', `'${m[0]}' before ${day(p)} → Saturday ${addDays(sun, -1)} – Sunday ${sun}`);
    },
  ],
  [
    /\b(?:in|over|during)\s+the\s+(?:last|past)\s+(24|48|72)\s+hours\b/gi,
    (m, p) => span(addDays(p, -Number(m[1]) / 24), p, 'context', `'${m[0]}' before publication (${p})`),
  ],
  [
    /\b(?:in\s+recent\s+days|in\s+the\s+(?:last|past)\s+few\s+days)\b/gi,
    (m, p) => span(addDays(p, -6), p, 'context', `'${m[0]}': the week up to publication (${p})`),
  ],
  [
    /\b(yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|earlier\s+today)\b/gi,
    (m, p) => {
      const d = /yesterday/i.test(m[1]) ? addDays(p, -1) : /tomorrow/i.test(m[1]) ? addDays(p, 1) : p;
      return span(d, d, 'context', `'${m[0]}' against the publication date ${day(p)} → ${day(d)}`);
    },
  ],
  [
    /\b(last|this|earlier\s+this|later\s+this|next)\s+(week|month|year)\b/gi,
    (m, p) => {
      const which = m[1].toLowerCase().replace(/\s+/g, ' ');
      const note = `'${m[0]}' against the publication date ${p}`;
      if (m[2].toLowerCase() === 'week') {
        const monday = addDays(p, -((dow(p) + 6) % 7));
        if (which === 'last') return span(addDays(monday, -7), addDays(monday, -1), 'context', note);
        if (which === 'next') return span(addDays(monday, 7), addDays(monday, 13), 'context', note);
        return span(monday, which === 'earlier this' ? addDays(p, -1) : p, 'context', note);
      }
      if (m[2].toLowerCase() === 'month') {
        if (which === 'last') {
          const s = monthStart(addDays(monthStart(p), -1));
          return { start: s, end: monthEnd(s), precision: 'month', basis: 'context', note };
        }
        if (which === 'next') {
          const s = addDays(monthEnd(p), 1);
          return { start: s, end: monthEnd(s), precision: 'month', basis: 'context', note };
        }
        return span(monthStart(p), which === 'earlier this' ? addDays(p, -1) : p, 'context', note);
      }
      const y = Number(p.slice(0, 4)) + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      return span(`${y}-01-01`, which === 'this' || which === 'earlier this' ? p : `${y}-12-31`, 'context', note);
    },
  ],
  [
    /\b(?:(last|this|next|on|early|late)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
    (m, p) => {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      const target = DAYS.findIndex((d) => d.toLowerCase() === m[2].toLowerCase());
      // "until Friday", "into Friday morning": the next one, not the last.
      const ahead = /\b(?:until|till|through|by|into|before)\s+$/i.test(m.input.slice(Math.max(0, m.index - 10), m.index));
      const which = ahead ? 'next' : (m[1] ?? '').toLowerCase();
      let diff = (dow(p) - target + 7) % 7;
      if (which === 'last' && diff === 0) diff = 7;
      const d = which === 'next' ? addDays(p, (target - dow(p) + 7) % 7 || 7) : addDays(p, -diff);
      const how = d === p ? `on the publication day, ${day(p)}` : `${which === 'next' ? 'after' : 'before'} ${day(p)} → ${day(d)}`;
      return span(d, d, 'weekday', `'${m[0]}' ${how}`);
    },
  ],
  [
    new RegExp(
      `\\b(?:(since|earlier in|later in|in|during|as of|by|until)\\s+)?(?:(early|mid|late)[\\s-]+)?${MONTH}(?:,?\\s+(\\d{4}))?(?![\\s.]*\\d)`,
      'gi',
    ),
    (m, p) => {
      const prep = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      if (!/^\p{Lu}/u.test(m[3])) return null;
      if (['by', 'until', 'as of'].includes(prep) || (/^(May|March)$/.test(m[3]) && !prep && !m[2] && !m[4])) return null;
      const mi = MONTHS.indexOf(m[3].slice(0, 3).toLowerCase());
      const py = Number(p.slice(0, 4));
      const y = m[4] ? Number(m[4]) : mi + 1 <= Number(p.slice(5, 7)) ? py : py - 1;
      const first = `${y}-${String(mi + 1).padStart(2, '0')}-01`;
      const part = (m[2] ?? '').toLowerCase();
      const [a, b] =
        part === 'early'
          ? [first, addDays(first, 9)]
          : part === 'mid'
            ? [addDays(first, 10), addDays(first, 19)]
            : part === 'late'
              ? [addDays(first, 19), monthEnd(first)]
              : [first, monthEnd(first)];
      const year = m[4] ? '' : ` (${y}, the last such month before publication on ${p})`;
      if (prep === 'since') return span(a, p, 'context', `'${m[0]}' → from ${a}${year} to publication`);
      if (prep === 'earlier in' && first === monthStart(p))
        return span(first, addDays(p, -1), 'context', `'${m[0]}' → ${first} to the day before publication (${p})`);
      if (part) return span(a, b, 'context', `'${m[0]}' → ${a} – ${b}${year}`);
      return { start: a, end: b, precision: 'month', basis: 'explicit', note: `'${m[0]}' → the month ${first.slice(0, 7)}${year}` };
    },
  ],
  [
    /\b(in|since|during)\s+((?:19|20)\d\d)\b/gi,
    (m, p) => {
      const y = m[2];
      if (m[1].toLowerCase() === 'since') return span(`${y}-01-01`, p, 'context', `'${m[0]}' → from ${y}-01-01 to publication (${p})`);
      return span(`${y}-01-01`, `${y}-12-31`, 'explicit', `'${m[0]}' → the year ${y}`);
    },
  ],
];

/** Every date expression in `text` (offsets added to `base`), in text order. */
/** Past this length, a stretch of text (a run-on "sentence" with no full stop) is read in windows. */
const LONG = 2000;
const STEP = 1000;
/** More than any date's words: a date begun in a window's own part is read whole. */
const OVERLAP = 200;

/**
 * The dates in a stretch of text, with their offsets. A very long stretch is read a window at a time
 * (each window's own part, plus an overlap): chrono and the rules below look back over all the text
 * before each date, which made a 200,000-character run of dates take the square of its length.
 */
export function findDates(text: string, base: number, published: string): DateMention[] {
  if (text.length <= LONG) return datesIn(text, base, published);
  const out: DateMention[] = [];
  for (let a = 0; a < text.length;) {
    let b = Math.min(text.length, a + STEP);
    // The window's own part ends at a space, so no word is cut.
    const space = b < text.length ? text.lastIndexOf(' ', b) : -1;
    if (space > a) b = space;
    for (const d of datesIn(text.slice(a, Math.min(text.length, b + OVERLAP)), base + a, published)) {
      const last = out[out.length - 1];
      if (d.from < base + b && (!last || d.from >= last.to)) out.push(d);
    }
    a = b;
  }
  return out;
}

function datesIn(text: string, base: number, published: string): DateMention[] {
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);
  const out: DateMention[] = [];
  for (const c of calendar(text, published)) {
    taken.push([c.from, c.to]);
    out.push({ ...c.when, text: c.text, from: base + c.from, to: base + c.to });
  }
  for (const [re, resolve] of RULES) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (!free(at, at + m[0].length)) continue;
      const when = resolve(m as RegExpExecArray, published);
      if (!when) continue;
      taken.push([at, at + m[0].length]);
      out.push({ ...when, text: m[0], from: base + at, to: base + at + m[0].length });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** `said` written as the format wants it: a date, or an interval "start/end". */
export function saidOf(w: WhenInput): string {
  return w.start === w.end ? w.start : `${w.start}/${w.end}`;
}
