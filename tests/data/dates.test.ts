import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../src/data/schema';
import { pinTimeZone } from '../fixtures/story';
import {
  formatDay,
  formatDayRange,
  formatEventDate,
  formatMonth,
  markDate,
} from '../../src/data/dateFormat';
import { parseDay, parseMonth, toSpan } from '../../src/data/dateParse';

pinTimeZone('America/Los_Angeles');

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('the pinned time zone', () => {
  it('is not UTC, so local-time leaks would fail these tests', () => {
    expect(new Date(utc(2026, 6, 10)).getTimezoneOffset()).not.toBe(0);
  });
});

describe('parseDay', () => {
  it.each([
    ['2026-06-10', utc(2026, 6, 10)],
    ['2028-02-29', utc(2028, 2, 29)],
    ['2000-02-29', utc(2000, 2, 29)],
    ['2026-12-31', utc(2026, 12, 31)],
    ['2026-01-01', utc(2026, 1, 1)],
  ])('reads %s as UTC midnight', (day, ms) => {
    expect(parseDay(day)).toBe(ms);
  });

  it('keeps years below 100 as written (Date.UTC would add 1900)', () => {
    expect(new Date(parseDay('0050-03-01')).getUTCFullYear()).toBe(50);
  });

  it.each([
    '2026-02-30',
    '0000-01-01',
    '-0001-01-01',
    '10000-01-01',
    '2026-02-29',
    '1900-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-06-00',
    '2026-6-1',
    '10/06/2026',
    '',
    '2026-0a-01',
    '2026-01-0x',
    '20x6-01-01',
    '2026_01_01',
    ' 2026-01-1',
  ])('rejects %j', (day) => {
    expect(parseDay(day)).toBeNaN();
  });

  it('reads YYYY-MM as the first of the month and rejects month 13', () => {
    expect(parseMonth('2026-02')).toBe(utc(2026, 2, 1));
    expect(parseMonth('2026-13')).toBeNaN();
  });
});

describe('toSpan', () => {
  it.each<[string, EventDate, number, number]>([
    ['a day', { precision: 'day', date: '2026-06-10' }, utc(2026, 6, 10), utc(2026, 6, 11)],
    ['a 31-day month', { precision: 'month', month: '2026-03' }, utc(2026, 3, 1), utc(2026, 4, 1)],
    ['a 30-day month', { precision: 'month', month: '2026-04' }, utc(2026, 4, 1), utc(2026, 5, 1)],
    ['February', { precision: 'month', month: '2026-02' }, utc(2026, 2, 1), utc(2026, 3, 1)],
    [
      'February of a leap year',
      { precision: 'month', month: '2028-02' },
      utc(2028, 2, 1),
      utc(2028, 3, 1),
    ],
    ['December', { precision: 'month', month: '2026-12' }, utc(2026, 12, 1), utc(2027, 1, 1)],
    [
      'a range (both ends included)',
      { precision: 'range', start: '2026-04-22', end: '2026-06-05' },
      utc(2026, 4, 22),
      utc(2026, 6, 6),
    ],
    [
      'an approximate window',
      { precision: 'approximate', start: '2026-06-12', end: '2026-06-24', basis: 'b' },
      utc(2026, 6, 12),
      utc(2026, 6, 25),
    ],
    [
      'an approximate single day',
      { precision: 'approximate', start: '2026-06-24', end: '2026-06-24', basis: 'b' },
      utc(2026, 6, 24),
      utc(2026, 6, 25),
    ],
  ])('covers %s as a half-open interval', (_name, date, startMs, endMs) => {
    expect(toSpan(date)).toEqual({ startMs, endMs, precision: date.precision });
  });

  it.each([
    ['2026-01', 31],
    ['2026-02', 28],
    ['2028-02', 29],
    ['2100-02', 28],
    ['2000-02', 29],
    ['2026-04', 30],
    ['2026-09', 30],
  ])('gives month %s its %i days', (month, days) => {
    const { startMs, endMs } = toSpan({ precision: 'month', month });
    expect((endMs - startMs) / DAY_MS).toBe(days);
  });

  it('makes consecutive months meet without overlap or gap', () => {
    const feb = toSpan({ precision: 'month', month: '2028-02' });
    const mar = toSpan({ precision: 'month', month: '2028-03' });
    expect(feb.endMs).toBe(mar.startMs);
  });

  it('gives an impossible day a NaN span (which validation reports)', () => {
    expect(toSpan({ precision: 'day', date: '2026-02-30' }).startMs).toBeNaN();
  });
});

describe('formatEventDate', () => {
  it.each<[string, EventDate, string, string]>([
    ['a day', { precision: 'day', date: '2026-06-10' }, '10 June 2026', '10 June 2026'],
    ['a month', { precision: 'month', month: '2026-02' }, 'February 2026', 'February 2026'],
    [
      'a range across months',
      { precision: 'range', start: '2026-04-22', end: '2026-06-05' },
      '22 April – 5 June 2026',
      '22 April to 5 June 2026',
    ],
    [
      'a range within a month',
      { precision: 'range', start: '2026-06-12', end: '2026-06-24' },
      '12 – 24 June 2026',
      '12 to 24 June 2026',
    ],
    [
      'a range across years',
      { precision: 'range', start: '2025-12-20', end: '2026-01-05' },
      '20 December 2025 – 5 January 2026',
      '20 December 2025 to 5 January 2026',
    ],
    [
      'a one-day range',
      { precision: 'range', start: '2026-06-10', end: '2026-06-10' },
      '10 June 2026',
      '10 June 2026',
    ],
    [
      'an approximate date with a label',
      {
        precision: 'approximate',
        start: '2026-06-12',
        end: '2026-06-24',
        label: 'between 12 and 24 June 2026',
        basis: 'b',
      },
      'between 12 and 24 June 2026',
      'between 12 and 24 June 2026',
    ],
    [
      'an approximate whole month without a label',
      { precision: 'approximate', start: '2026-04-01', end: '2026-04-30', basis: 'b' },
      'about April 2026',
      'about April 2026',
    ],
    [
      'an approximate whole February without a label',
      { precision: 'approximate', start: '2026-02-01', end: '2026-02-28', basis: 'b' },
      'about February 2026',
      'about February 2026',
    ],
    [
      'an approximate February that misses the leap day',
      { precision: 'approximate', start: '2028-02-01', end: '2028-02-28', basis: 'b' },
      'about 1 – 28 February 2028',
      'about 1 to 28 February 2028',
    ],
    [
      'an approximate window without a label',
      { precision: 'approximate', start: '2026-06-12', end: '2026-06-24', basis: 'b' },
      'about 12 – 24 June 2026',
      'about 12 to 24 June 2026',
    ],
    [
      'an approximate window across years',
      { precision: 'approximate', start: '2025-12-01', end: '2026-01-31', basis: 'b' },
      'about 1 December 2025 – 31 January 2026',
      'about 1 December 2025 to 31 January 2026',
    ],
  ])('writes %s', (_name, date, written, spoken) => {
    expect(formatEventDate(date)).toBe(written);
    expect(formatEventDate(date, true)).toBe(spoken);
  });
});

describe('formatting near midnight', () => {
  // Each instant is on a different local day in one of these zones than it is in UTC.
  it.each([
    ['America/Los_Angeles', utc(2026, 6, 10, 0, 30), '10 June 2026', 'June 2026'],
    ['America/Los_Angeles', utc(2026, 7, 1, 0, 0), '1 July 2026', 'July 2026'],
    ['Pacific/Kiritimati', utc(2026, 6, 30, 23, 30), '30 June 2026', 'June 2026'],
    ['Pacific/Kiritimati', utc(2026, 12, 31, 12, 0), '31 December 2026', 'December 2026'],
  ])('in %s, %i is still %s (UTC)', (zone, ms, day, month) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(new Date(ms).getDate()).not.toBe(new Date(ms).getUTCDate());
      expect(formatDay(ms)).toBe(day);
      expect(formatMonth(ms)).toBe(month);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('formats a span from its UTC ends', () => {
    const { startMs, endMs } = toSpan({ precision: 'month', month: '2026-03' });
    expect(formatDayRange(startMs, endMs - 1)).toBe('1 – 31 March 2026');
  });
});

describe('inferred dates: the label says what the basis says', () => {
  it.each<[string, EventDate, string, string]>([
    [
      'a month whose year is assumed',
      {
        precision: 'month',
        month: '2026-02',
        label: 'February 2026 (year assumed)',
        basis: 'The documents give no year.',
      },
      'February 2026 (year assumed)',
      // The label is what the mark shows, its year left to the axis.
      'February (year assumed)',
    ],
    [
      'a day one account gives',
      {
        precision: 'day',
        date: '2026-06-12',
        label: '12 June 2026, by one account',
        basis: 'The other account gives no day.',
      },
      '12 June 2026, by one account',
      '12 June, by one account',
    ],
    [
      'an approximate day that is only the earliest a report could be from',
      {
        precision: 'approximate',
        start: '2026-06-24',
        end: '2026-06-24',
        label: 'reported on or after 24 June 2026',
        basis: 'An undated report.',
      },
      'reported on or after 24 June 2026',
      // Not "about 24 June": the documents never say the thing happened then.
      'reported on or after 24 June',
    ],
    [
      'an approximate window with a label: the mark shows the label',
      {
        precision: 'approximate',
        start: '2026-06-12',
        end: '2026-06-30',
        label: 'reported on or after 12 June 2026',
        basis: 'Two undated reports.',
      },
      'reported on or after 12 June 2026',
      'reported on or after 12 June',
    ],
    [
      'an approximate month without a label',
      { precision: 'approximate', start: '2026-04-01', end: '2026-04-30', basis: 'b' },
      'about April 2026',
      'about April',
    ],
  ])('%s', (_name, date, written, mark) => {
    expect(formatEventDate(date)).toBe(written);
    expect(markDate(date)).toBe(mark);
  });
});
