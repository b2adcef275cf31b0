import type { EventDate } from '../data/schema';

/** An event's time as a half-open UTC interval [startMs, endMs), plus how sure we are of it. */
export interface EventSpan {
  startMs: number;
  endMs: number;
  precision: EventDate['precision'];
}

const DAY_MS = 86_400_000;
/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Parses `YYYY-MM-DD` as UTC midnight, or returns NaN for an impossible day such as 2026-02-30. */
export function parseDay(day: string): number {
  // Loading 100,000 events parses about 200,000 days: the common shape is read digit by digit,
  // without a regular expression or a Date object.
  if (day.length === 10 && day[4] === '-' && day[7] === '-') {
    const y = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
    const mo = digit(day, 5) * 10 + digit(day, 6);
    const d = digit(day, 8) * 10 + digit(day, 9);
    if (y >= 100) {
      if (!(mo >= 1 && mo <= 12 && d >= 1)) return NaN;
      const last = mo === 2 && isLeap(y) ? 29 : (MONTH_DAYS[mo - 1] ?? 0);
      return d <= last ? Date.UTC(y, mo - 1, d) : NaN;
    }
  }
  // Four digits, and no year 0000: stories run from 0001 to 9999 (src/data/limits.ts).
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1) return NaN;
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return NaN;
  return date.getTime();
}

/** Parses `YYYY-MM` as the UTC start of that month, or NaN. */
export function parseMonth(month: string): number {
  return parseDay(`${month}-01`);
}

function nextMonth(ms: number): number {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.getTime();
}

/** The interval an event date covers; ends are exclusive so a day spans 24 hours. */
export function toSpan(date: EventDate): EventSpan {
  switch (date.precision) {
    case 'day': {
      const s = parseDay(date.date);
      return { startMs: s, endMs: s + DAY_MS, precision: 'day' };
    }
    case 'month': {
      const s = parseMonth(date.month);
      return { startMs: s, endMs: nextMonth(s), precision: 'month' };
    }
    case 'range':
    case 'approximate':
      return {
        startMs: parseDay(date.start),
        endMs: parseDay(date.end) + DAY_MS,
        precision: date.precision,
      };
  }
}

function parts(ms: number) {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: MONTHS[d.getUTCMonth()] ?? '', d: d.getUTCDate() };
}

/** "10 June 2026" */
export function formatDay(ms: number): string {
  const p = parts(ms);
  return `${p.d} ${p.m} ${p.y}`;
}

/** "June 2026" */
export function formatMonth(ms: number): string {
  const p = parts(ms);
  return `${p.m} ${p.y}`;
}

/** "22 April – 5 June 2026", dropping the repeated year (and month) as people write it. */
export function formatDayRange(startMs: number, endMs: number, sep = ' – '): string {
  const a = parts(startMs);
  const b = parts(endMs);
  if (a.y !== b.y) return `${formatDay(startMs)}${sep}${formatDay(endMs)}`;
  if (a.m !== b.m) return `${a.d} ${a.m}${sep}${b.d} ${b.m} ${b.y}`;
  if (a.d !== b.d) return `${a.d}${sep}${b.d} ${b.m} ${b.y}`;
  return formatDay(startMs);
}

function isWholeMonth(startMs: number, lastDayMs: number): boolean {
  const a = new Date(startMs);
  return (
    a.getUTCDate() === 1 &&
    nextMonth(startMs) === lastDayMs + DAY_MS &&
    a.getUTCMonth() === new Date(lastDayMs).getUTCMonth()
  );
}

/**
 * The date as a reader should see it, with its precision in the words:
 * "10 June 2026", "June 2026", "22 April – 5 June 2026", "about April 2026".
 * Pass `spoken` for screen readers ("22 April to 5 June 2026").
 */
export function formatEventDate(date: EventDate, spoken = false): string {
  // A label says what the basis says ("February 2026 (year assumed)"): it wins at any precision.
  if (date.label) return date.label;
  const sep = spoken ? ' to ' : ' – ';
  switch (date.precision) {
    case 'day':
      return formatDay(parseDay(date.date));
    case 'month':
      return formatMonth(parseMonth(date.month));
    case 'range':
      return formatDayRange(parseDay(date.start), parseDay(date.end), sep);
    case 'approximate': {
      const s = parseDay(date.start);
      const e = parseDay(date.end);
      if (isWholeMonth(s, e)) return `about ${formatMonth(s)}`;
      return `about ${formatDayRange(s, e, sep)}`;
    }
  }
}

/** A short word for the precision, used in legends and list views. */
export const PRECISION_NOTE: Record<EventDate['precision'], string> = {
  day: 'known to the day',
  month: 'known to the month',
  range: 'a span with known ends',
  approximate: 'approximate',
};

/**
 * The quiet date line under a mark's title, without the year unless asked:
 * "10 June", "February", "22 April – 5 June", "about June", "about 12–24 June", and an
 * approximate single day's label ("reported on or after 24 June").
 */
export function markDate(date: EventDate, withYear = false): string {
  const y = (ms: number) => (withYear ? ` ${new Date(ms).getUTCFullYear()}` : '');
  const day = (ms: number) => {
    const p = parts(ms);
    return `${p.d} ${p.m}`;
  };
  const range = (s: number, e: number) => {
    const a = parts(s);
    const b = parts(e);
    if (s === e) return `${day(s)}${y(s)}`;
    if (a.y !== b.y) return `${day(s)}${y(s)} – ${day(e)}${y(e)}`;
    if (a.m !== b.m) return `${day(s)} – ${day(e)}${y(e)}`;
    return `${a.d}–${b.d} ${b.m}${y(e)}`;
  };
  switch (date.precision) {
    case 'day':
      return `${day(parseDay(date.date))}${y(parseDay(date.date))}`;
    case 'month': {
      const m = parseMonth(date.month);
      return `${parts(m).m}${y(m)}`;
    }
    case 'range':
      return range(parseDay(date.start), parseDay(date.end));
    case 'approximate': {
      const s = parseDay(date.start);
      const e = parseDay(date.end);
      // A one-day window reads as a date the documents give ("about 24 June"); its label says
      // what that day is ("reported on or after 24 June"), without the year unless asked. Wider
      // windows keep the short form, which says the window as it is.
      if (date.label && s === e)
        return withYear ? date.label : date.label.replace(` ${parts(s).y}`, '');
      return isWholeMonth(s, e) ? `about ${parts(s).m}${y(s)}` : `about ${range(s, e)}`;
    }
  }
}
