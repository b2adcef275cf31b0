// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../src/data/schema';
// The English month names the importer writes: not the formatter under test, which asks Intl.
import { MONTHS } from '../../src/import/dates';
import { dayArb, eventDateArb } from '../fixtures/arbitraries';
import { formatDay, formatEventDate, formatMonth } from '../../src/data/dateFormat';
import { parseDay, parseMonth, toSpan } from '../../src/data/dateParse';

/** 1 for "January" … 12 for "December"; 0 for anything else. */
const monthNumber = (name: string | undefined) =>
  (MONTHS as readonly string[]).indexOf(name ?? '') + 1;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The inverse of formatDay, written independently: "5 June 1943" → "1943-06-05". */
function readDay(text: string): string {
  const m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{1,4})$/.exec(text);
  if (!m) return `unreadable: ${text}`;
  return `${pad(Number(m[3]), 4)}-${pad(monthNumber(m[2]), 2)}-${pad(Number(m[1]), 2)}`;
}

describe('parseDay and formatting (properties)', { timeout: 30_000 }, () => {
  it('round-trips every real day through parseDay and back', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const ms = parseDay(day);
        expect(Number.isInteger(ms / 86_400_000)).toBe(true);
        expect(new Date(ms).toISOString().slice(0, 10)).toBe(day);
        expect(readDay(formatDay(ms))).toBe(day);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every month through parseMonth and formatMonth', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const month = day.slice(0, 7);
        const ms = parseMonth(month);
        expect(new Date(ms).toISOString().slice(0, 7)).toBe(month);
        const [name, year] = formatMonth(ms).split(' ');
        expect(`${pad(Number(year), 4)}-${pad(monthNumber(name), 2)}`).toBe(month);
      }),
    );
  });

  it('reads a day only if the calendar has it, as that day’s UTC midnight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const ms = parseDay(text);
          const real = new Date(0);
          real.setUTCFullYear(y, m - 1, d);
          // Year 0000 is no story's year (docs/story-format.md: 0001 to 9999).
          const exists = y >= 1 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
          // The very instant the calendar gives, not only the same verdict.
          expect(ms).toBe(exists ? real.getTime() : NaN);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on any text, giving NaN or a whole day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^-?\d{4,6}-\d{2}-\d{2}$/)), (text) => {
        const ms = parseDay(text);
        expect(Number.isNaN(ms) || Number.isInteger(ms / 86_400_000)).toBe(true);
        expect(() => parseMonth(text)).not.toThrow();
      }),
    );
  });

  it('formats every valid event date as words, with a span that has length', () => {
    fc.assert(
      fc.property(eventDateArb, (date) => {
        const text = formatEventDate(date);
        const spoken = formatEventDate(date, true);
        expect(text).not.toMatch(/NaN|undefined/);
        expect(spoken).not.toContain('–');
        const span = toSpan(date);
        expect(span.endMs).toBeGreaterThan(span.startMs);
        // A label replaces the date's own words ("12 June 2026, by one account").
        if (date.precision === 'day' && !date.label) expect(readDay(text)).toBe(date.date);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws formatting dates that failed validation', () => {
    const junk = fc.string();
    const date: fc.Arbitrary<EventDate> = fc.oneof(
      junk.map((d) => ({ precision: 'day' as const, date: d })),
      junk.map((m) => ({ precision: 'month' as const, month: m })),
      fc.tuple(junk, junk).map(([start, end]) => ({ precision: 'range' as const, start, end })),
      fc
        .tuple(junk, junk, junk)
        .map(([start, end, basis]) => ({ precision: 'approximate' as const, start, end, basis })),
    );
    fc.assert(
      fc.property(date, fc.boolean(), (d, spoken) => {
        expect(typeof formatEventDate(d, spoken)).toBe('string');
        expect(() => toSpan(d)).not.toThrow();
      }),
    );
  });
});
