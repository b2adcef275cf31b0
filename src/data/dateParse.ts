import type { EventDate, EventDateFile } from './schema';
import { DAY_PATTERN } from './patterns';

/** An event's time as a half-open UTC interval [startMs, endMs), plus how sure we are of it. */
export interface EventSpan {
  startMs: number;
  endMs: number;
  precision: EventDate['precision'];
}

/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

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
  if (!DAY_PATTERN.test(day)) return NaN;
  const [y, mo, d] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8))];
  if (y < 1) return NaN;
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return NaN;
  return date.getTime();
}

/** Milliseconds in a minute and an hour. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/**
 * Parses `YYYY-MM-DDTHH:MM` as a wall-clock time on the story's clock, written as if UTC (see
 * timeZone.ts), or NaN for an impossible day or a time past 23:59.
 */
export function parseDayTime(value: string): number {
  if (value.length !== 16 || value[10] !== 'T' || value[13] !== ':') return NaN;
  const h = digit(value, 11) * 10 + digit(value, 12);
  const m = digit(value, 14) * 10 + digit(value, 15);
  if (!(h >= 0 && h <= 23 && m >= 0 && m <= 59)) return NaN;
  return parseDay(value.slice(0, 10)) + h * HOUR_MS + m * MINUTE_MS;
}

/** Whether a date string carries a time of day (`…THH:MM`). */
export const hasTime = (value: string): boolean => value.length > 10 && value[10] === 'T';

/** A range's end or start: a day's midnight, or a minute. */
export const parseDayOrTime = (value: string): number =>
  hasTime(value) ? parseDayTime(value) : parseDay(value);

/** Parses `YYYY` as the UTC start of that year, or NaN. */
export function parseYear(year: string): number {
  return parseDay(`${year}-01-01`);
}

/** Whether an event date is written to the minute (a time, or a range with a timed end). */
export function isTimed(date: EventDate): boolean {
  return (
    date.precision === 'time' ||
    (date.precision === 'range' && (hasTime(date.start) || hasTime(date.end)))
  );
}

/** The date's first day (or minute, or month, or year) as written: what a list sorts by. */
export function startText(date: EventDate | EventDateFile): string {
  switch (date.precision) {
    case 'time':
    case 'day':
      return date.date;
    case 'month':
      return date.month;
    case 'year':
      return date.year;
    default:
      return date.start;
  }
}

/** Parses `YYYY-MM` as the UTC start of that month, or NaN. */
export function parseMonth(month: string): number {
  return parseDay(`${month}-01`);
}

/** The UTC start of the month after the one `ms` is in. */
export function nextMonth(ms: number): number {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.getTime();
}

/** The UTC start of the year after the one `ms` is in. */
function nextYear(ms: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

/**
 * The interval an event date covers; ends are exclusive so a day spans 24 hours. A time is a
 * minute long; a range's timed end is the minute it names, a day's end the midnight after it.
 */
export function toSpan(date: EventDate): EventSpan {
  switch (date.precision) {
    case 'time': {
      const s = parseDayTime(date.date);
      return { startMs: s, endMs: s + MINUTE_MS, precision: 'time' };
    }
    case 'year': {
      const s = parseYear(date.year);
      return { startMs: s, endMs: nextYear(s), precision: 'year' };
    }
    case 'range':
      return {
        startMs: parseDayOrTime(date.start),
        endMs: hasTime(date.end) ? parseDayTime(date.end) : parseDay(date.end) + DAY_MS,
        precision: 'range',
      };
    case 'day': {
      const s = parseDay(date.date);
      return { startMs: s, endMs: s + DAY_MS, precision: 'day' };
    }
    case 'month': {
      const s = parseMonth(date.month);
      return { startMs: s, endMs: nextMonth(s), precision: 'month' };
    }
    case 'approximate':
      return {
        startMs: parseDay(date.start),
        endMs: parseDay(date.end) + DAY_MS,
        precision: date.precision,
      };
  }
}
