import type { EventDateFile } from './schema';
import { DAY_PATTERN, DAY_TIME_PATTERN, MONTH_PATTERN, YEAR_PATTERN } from './patterns';
import {
  DAY_MS,
  hasTime,
  parseDay,
  parseDayOrTime,
  parseDayTime,
  parseMonth,
  parseYear,
} from './dateParse';

/** A problem inside one event date, relative to the date object (`end`, `date`, …). */
export interface DateProblem {
  field: string;
  message: string;
  hint?: string;
}

/** What to fix in a day or month that is not a calendar date. */
export const dayHint = (value: string) =>
  value.startsWith('0000')
    ? 'there is no year 0000; years run from 0001 to 9999'
    : 'check the month and day';

const NONE: readonly DateProblem[] = Object.freeze([]);

function badDay(out: DateProblem[], field: string, v: string): DateProblem[] {
  if (hasTime(v) && !Number.isNaN(parseDay(v.slice(0, 10))))
    out.push({
      field,
      message: `${v} is not a time of day`,
      hint: 'hours run from 00 to 23 and minutes from 00 to 59',
    });
  else out.push({ field, message: `${v} is not a calendar date`, hint: dayHint(v) });
  return out;
}

/**
 * Calendar checks on a date the schema has accepted: real days, and ends after starts. Asked
 * of every event in a story, so it makes no closure, and no list for a date without problems.
 */
export function dateIssues(date: EventDateFile): readonly DateProblem[] {
  // The common verdicts, none, return one shared empty list: no array per event.
  switch (date.precision) {
    case 'time':
      return Number.isNaN(parseDayTime(date.date)) ? badDay([], 'date', date.date) : NONE;
    case 'day':
      return Number.isNaN(parseDay(date.date)) ? badDay([], 'date', date.date) : NONE;
    case 'year':
      return Number.isNaN(parseYear(date.year)) ? badDay([], 'year', date.year) : NONE;
    case 'month':
      return Number.isNaN(parseMonth(date.month)) ? badDay([], 'month', date.month) : NONE;
  }
  const out: DateProblem[] = [];
  switch (date.precision) {
    case 'range':
    case 'approximate': {
      const s = parseDayOrTime(date.start);
      // A day end covers its whole day: a range from 10:00 to that day ends after it starts.
      const e = hasTime(date.end)
        ? parseDayTime(date.end)
        : parseDay(date.end) + (hasTime(date.start) ? DAY_MS : 0);
      if (s < e || (s === e && date.precision === 'approximate')) return NONE;
      if (Number.isNaN(s)) badDay(out, 'start', date.start);
      if (Number.isNaN(e)) badDay(out, 'end', date.end);
      if (s > e)
        out.push({
          field: 'end',
          message: `end ${date.end} is before start ${date.start}`,
          hint: 'swap them, or fix the typo',
        });
      if (date.precision === 'range' && s === e)
        out.push(
          hasTime(date.start) || hasTime(date.end)
            ? {
                field: 'end',
                message: 'a range that starts and ends at the same time',
                hint: 'use precision "time"',
              }
            : {
                field: 'end',
                message: 'a range that starts and ends on the same day',
                hint: 'use precision "day"',
              },
        );
      break;
    }
  }
  return out;
}

const SHAPES = {
  time: '{"precision": "time", "date": "YYYY-MM-DDTHH:MM"}',
  day: '{"precision": "day", "date": "YYYY-MM-DD"}',
  month: '{"precision": "month", "month": "YYYY-MM"}',
  year: '{"precision": "year", "year": "YYYY"}',
  range: '{"precision": "range", "start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}',
  approximate:
    '{"precision": "approximate", "start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "basis": "how the window was derived"}',
} as const;

const isDay = (v: unknown) => typeof v === 'string' && DAY_PATTERN.test(v);
const isMonth = (v: unknown) => typeof v === 'string' && MONTH_PATTERN.test(v);
const isYear = (v: unknown) => typeof v === 'string' && YEAR_PATTERN.test(v);
const isTime = (v: unknown) => typeof v === 'string' && DAY_TIME_PATTERN.test(v);

/** The precision a date object's fields suggest, whatever its `precision` says. */
function impliedPrecision(date: Record<string, unknown>): keyof typeof SHAPES | undefined {
  // Any precision may carry a basis; only an approximate one has it with a window.
  if ('basis' in date && !('date' in date) && !('month' in date)) return 'approximate';
  if ('start' in date || 'end' in date) return 'range';
  if ('year' in date) return 'year';
  if (isTime(date.date)) return 'time';
  if (isMonth(date.date) || isMonth(date.month) || 'month' in date) return 'month';
  if ('date' in date) return 'day';
  return undefined;
}

/**
 * A hint for a schema error inside an event's `date`, saying which precision fits the value
 * given: `{"precision": "day", "month": "2026-02"}` → use precision "month".
 */
export function precisionHint(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const date = raw as Record<string, unknown>;
  const value = date.date ?? date.month ?? date.year ?? date.start;
  if (isYear(value))
    return `a year alone is written as {"precision": "year", "year": "${String(value)}"}`;
  if (date.precision === 'day' && isTime(date.date))
    return `"${String(date.date)}" has a time of day: use ${SHAPES.time}`;
  if (date.precision === 'time' && isDay(date.date))
    return `"${String(date.date)}" is a day: use ${SHAPES.day}`;
  if (date.precision === 'day' && isMonth(date.date))
    return `"${String(date.date)}" is a month: use ${SHAPES.month}`;
  if (date.precision === 'month' && isDay(date.month))
    return `"${String(date.month)}" is a day: use ${SHAPES.day}`;
  const implied = impliedPrecision(date);
  if (!implied) return `write it as one of ${Object.values(SHAPES).join(', ')}`;
  if (date.precision === implied && implied !== 'range') return `write it as ${SHAPES[implied]}`;
  if (implied === 'range' && date.precision === 'approximate')
    return `write it as ${SHAPES.approximate}`;
  if (implied === 'range' && date.precision === 'range') return `write it as ${SHAPES.range}`;
  if (typeof date.precision !== 'string') return `add a precision: ${SHAPES[implied]}`;
  return `precision "${date.precision}" does not fit these fields: use ${SHAPES[implied]}`;
}
