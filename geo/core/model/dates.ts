/** Date reasoning checks: real calendar dates, ordered intervals, weekdays that match. */
import type { WhenInput } from './schema.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** True for a real calendar date written YYYY-MM-DD (2015-02-29 is not one). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function weekdayOf(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];
}

/** The first day of the date's month. */
/**
 * The day n days after (or before, for negative n) an ISO day. A fraction of a day counts from
 * that day's midnight (the drafter's "12 hours before publication" is the day before).
 */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
}

export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** The last day of the date's month. */
export function monthEnd(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export type DateProblem = {
  code: 'INVALID_DATE' | 'REVERSED_DATES' | 'DATE_PRECISION_MISMATCH' | 'WEEKDAY_MISMATCH';
  field: string;
  message: string;
  /** The message's values (problem.<code>.message): `case` and the dates it names. */
  values: Record<string, string>;
};

export function checkWhen(when: WhenInput): DateProblem[] {
  const out: DateProblem[] = [];
  for (const field of ['start', 'end'] as const) {
    if (!isIsoDate(when[field]))
      out.push({
        code: 'INVALID_DATE',
        field,
        message: `Expected a calendar date YYYY-MM-DD, found "${when[field]}".`,
        values: { case: 'day', found: String(when[field]) },
      });
  }
  if (out.length > 0) return out;
  const { start, end, precision } = when;
  if (start > end)
    return [{ code: 'REVERSED_DATES', field: 'end', message: `start ${start} is after end ${end}.`, values: { case: 'when', start, end } }];
  if (precision === 'day' && start !== end)
    out.push({
      code: 'DATE_PRECISION_MISMATCH',
      field: 'precision',
      message: `precision: day needs start = end, found ${start}..${end}.`,
      values: { case: 'day', start, end },
    });
  if (precision === 'range' && start === end)
    out.push({
      code: 'DATE_PRECISION_MISMATCH',
      field: 'precision',
      message: `precision: range needs start before end, found ${start} twice; use precision: day.`,
      values: { case: 'range', start, end },
    });
  if (precision === 'month' && (!start.endsWith('-01') || end !== monthEnd(start))) {
    out.push({
      code: 'DATE_PRECISION_MISMATCH',
      field: 'precision',
      message: `precision: month needs the first to the last day of one month, found ${start}..${end}.`,
      values: { case: 'month', start, end },
    });
  }
  if (when.basis === 'weekday') {
    const named = WEEKDAYS.filter((d) => when.note.toLowerCase().includes(d));
    if (named.length === 0)
      out.push({
        code: 'WEEKDAY_MISMATCH',
        field: 'note',
        message: 'basis: weekday, but the note names no weekday.',
        values: { case: 'none' },
      });
    else if (!named.includes(weekdayOf(start)) && !named.includes(weekdayOf(end))) {
      out.push({
        code: 'WEEKDAY_MISMATCH',
        field: 'start',
        message: `The note names ${named.join(', ')}, but ${start} is a ${weekdayOf(start)} and ${end} a ${weekdayOf(end)}.`,
        values: { case: 'other', named: named.join(', '), start, end, startDay: weekdayOf(start), endDay: weekdayOf(end) },
      });
    }
  }
  return out;
}

/** `said` is a date or an ISO interval "start/end". */
export function checkSaid(said: string): DateProblem | null {
  const parts = said.split('/');
  if (parts.length > 2 || !parts.every(isIsoDate)) {
    return {
      code: 'INVALID_DATE',
      field: 'said',
      message: `Expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD, found "${said}".`,
      values: { case: 'said', found: said },
    };
  }
  if (parts.length === 2 && parts[0] >= parts[1]) {
    return {
      code: 'REVERSED_DATES',
      field: 'said',
      message: `The interval ${said} must run from an earlier to a later date.`,
      values: { case: 'said', said },
    };
  }
  return null;
}
