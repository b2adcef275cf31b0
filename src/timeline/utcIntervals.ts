// The calendar units the axis ticks in, in UTC: the part of d3-time's interface the ticks use
// (floor, ceil, range). d3-time's bundle keeps all its intervals, local time and d3-array's
// tick maths in the first view however few are imported (its intervals are objects with
// methods assigned after creation, which a bundler cannot drop); these are the seven kinds the
// axis needs. tests/timeline/utcIntervals.test.ts checks them against d3-time's own outputs.

/** A unit of calendar time in UTC: years, months, weeks, days, hours or minutes. */
export interface UtcInterval {
  /** The latest boundary at or before `date`. */
  floor: (date: Date) => Date;
  /** The earliest boundary at or after `date`. */
  ceil: (date: Date) => Date;
  /** Every boundary from `start` (rounded up) up to, not including, `stop`. */
  range: (start: Date, stop: Date) => Date[];
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** 1970-01-05, the first Monday after the epoch (a Thursday). */
const FIRST_MONDAY_MS = 4 * DAY_MS;

/** An interval from its floor and the boundary after a boundary, both in ms (NaN stays NaN). */
function interval(floorMs: (ms: number) => number, nextMs: (ms: number) => number): UtcInterval {
  const ceilMs = (ms: number) => {
    const f = floorMs(ms - 1);
    return floorMs(nextMs(f));
  };
  return {
    floor: (date) => new Date(floorMs(+date)),
    ceil: (date) => new Date(ceilMs(+date)),
    range: (start, stop) => {
      const out: Date[] = [];
      const end = +stop;
      let t = ceilMs(+start);
      // A boundary that does not move forward (past the Date range) ends the list, as in d3.
      for (let previous = -Infinity; t < end && previous < t; previous = t, t = floorMs(nextMs(t)))
        out.push(new Date(t));
      return out;
    },
  };
}

/** `ms` modulo `size`, never negative (before 1970 too). */
const mod = (ms: number, size: number) => ((ms % size) + size) % size;

/** Equal steps counted from `originMs`: minutes, hours, days, weeks (JavaScript time has no leap seconds). */
const fixed = (sizeMs: number, originMs = 0): UtcInterval =>
  interval(
    (ms) => ms - mod(ms - originMs, sizeMs),
    (ms) => ms + sizeMs,
  );

/** A year and month as a date at midnight on its first day (years 0–99 are not 1900–1999). */
function monthStart(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 1);
  return d.getTime();
}

/** Months starting at a multiple of `n` in the year (`n` divides 12): months, quarters. */
export const utcMonths = (n: number): UtcInterval =>
  interval(
    (ms) => {
      const d = new Date(ms);
      const m = d.getUTCMonth();
      return Number.isNaN(ms) ? NaN : monthStart(d.getUTCFullYear(), m - (m % n));
    },
    (ms) => {
      const d = new Date(ms);
      return Number.isNaN(ms) ? NaN : monthStart(d.getUTCFullYear(), d.getUTCMonth() + n);
    },
  );

/** Years that are multiples of `n`: years, decades, centuries. */
export const utcYears = (n: number): UtcInterval =>
  interval(
    (ms) =>
      Number.isNaN(ms) ? NaN : monthStart(Math.floor(new Date(ms).getUTCFullYear() / n) * n, 0),
    (ms) => (Number.isNaN(ms) ? NaN : monthStart(new Date(ms).getUTCFullYear() + n, 0)),
  );

/** Minutes starting at a multiple of `n` in the hour (`n` divides 60). */
export const utcMinutes = (n: number): UtcInterval => fixed(n * MINUTE_MS);
/** Hours starting at a multiple of `n` in the day (`n` divides 24). */
export const utcHours = (n: number): UtcInterval => fixed(n * HOUR_MS);
export const utcDay: UtcInterval = fixed(DAY_MS);
/** Weeks from Monday. */
export const utcMonday: UtcInterval = fixed(7 * DAY_MS, FIRST_MONDAY_MS);
export const utcMonth: UtcInterval = utcMonths(1);
export const utcYear: UtcInterval = utcYears(1);
