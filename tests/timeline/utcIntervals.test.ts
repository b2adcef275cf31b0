import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  utcDay as d3Day,
  utcHour as d3Hour,
  utcMinute as d3Minute,
  utcMonday as d3Monday,
  utcMonth as d3Month,
  utcYear as d3Year,
  type TimeInterval,
} from 'd3-time';
import {
  utcDay,
  utcHours,
  utcMinutes,
  utcMonday,
  utcMonths,
  utcYears,
  type UtcInterval,
} from '../../src/timeline/utcIntervals';

/** Each of ours beside d3-time's, for every unit the axis ticks in (tickUnits.ts, tickRows.ts). */
const PAIRS: [string, UtcInterval, TimeInterval][] = [
  ...[1000, 500, 100, 50, 10, 5, 2, 1].map((n): [string, UtcInterval, TimeInterval] => [
    `${n} years`,
    utcYears(n),
    d3Year.every(n) ?? d3Year,
  ]),
  ['quarters', utcMonths(3), d3Month.every(3) ?? d3Month],
  ['months', utcMonths(1), d3Month],
  ['weeks', utcMonday, d3Monday],
  ['days', utcDay, d3Day],
  ...[12, 6, 3, 1].map((n): [string, UtcInterval, TimeInterval] => [
    `${n} hours`,
    utcHours(n),
    d3Hour.every(n) ?? d3Hour,
  ]),
  ...[30, 15, 10, 5, 1].map((n): [string, UtcInterval, TimeInterval] => [
    `${n} minutes`,
    utcMinutes(n),
    d3Minute.every(n) ?? d3Minute,
  ]),
];

/** Stories run from the year 1 to 9999 (src/data/limits.ts); the epoch and leap days inside. */
const MIN = new Date(0).setUTCFullYear(1, 0, 1);
const MAX = new Date(0).setUTCFullYear(9999, 11, 31);
const instant = fc.oneof(
  fc.integer({ min: MIN, max: MAX }),
  // Exactly on boundaries, where floor and ceil are easiest to get wrong.
  fc.integer({ min: -50_000, max: 50_000 }).map((d) => d * 86_400_000),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((m) => m * 60_000),
);

const ms = (dates: Date[]) => dates.map((d) => d.getTime());

describe('UTC intervals, against d3-time', () => {
  it.each(PAIRS)('%s: floor and ceil', (_name, ours, d3) => {
    fc.assert(
      fc.property(instant, (t) => {
        const date = new Date(t);
        expect(ours.floor(date).getTime()).toBe(d3.floor(date).getTime());
        expect(ours.ceil(date).getTime()).toBe(d3.ceil(date).getTime());
      }),
    );
  });

  it.each(PAIRS)('%s: range', (_name, ours, d3) => {
    // Spans of up to ~60 of the unit (the nominal lengths below), so each list stays short.
    const unitMs = ours.ceil(new Date(1)).getTime() - ours.floor(new Date(1)).getTime() || 1;
    fc.assert(
      fc.property(instant, fc.double({ min: -2, max: 60, noNaN: true }), (t, units) => {
        const start = new Date(t);
        const stop = new Date(t + units * unitMs);
        expect(ms(ours.range(start, stop))).toEqual(ms(d3.range(start, stop)));
      }),
      { numRuns: 60 },
    );
  });

  it('is NaN for an invalid date, and an empty range', () => {
    const bad = new Date(NaN);
    expect(utcMonths(3).floor(bad).getTime()).toBeNaN();
    expect(utcDay.ceil(bad).getTime()).toBeNaN();
    expect(utcYears(10).range(bad, new Date(0))).toEqual([]);
  });

  it('keeps years 1–99 in the first century, not 1900–1999', () => {
    const d = new Date(0);
    d.setUTCFullYear(45, 6, 4);
    expect(utcYears(1).floor(d).getUTCFullYear()).toBe(45);
    expect(utcMonths(1).ceil(d).getUTCFullYear()).toBe(45);
  });
});
