// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateIsClean, dateIssues } from '../../src/data/dateChecks';
import type { EventDate } from '../../src/data/schema';
import { dayArb } from '../fixtures/arbitraries';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `dateIsClean` is the quick answer to "does `dateIssues` find nothing?": they must agree. */
function agrees(date: EventDate) {
  expect(dateIsClean(date), JSON.stringify(date)).toBe(dateIssues(date).length === 0);
}

/** Years where calendars go wrong: 0 and 1, two-digit years (which Date.UTC remaps), leap rules. */
const YEARS = [0, 1, 4, 99, 100, 400, 1600, 1900, 1970, 2000, 2023, 2024, 2100, 9996, 9999];

/** Strings that `parseDay` reads but the schema's pattern does not, and near misses. */
const ODD = [
  '-0001-01-01',
  '12345-01-01',
  '+2026-01-01',
  '2026-1-01',
  '２０２６-01-01',
  '2026-01-01\n',
  '2026-01-01T00:00',
  '',
];

const dayLikeArb = fc.oneof(
  dayArb,
  fc
    .tuple(fc.nat({ max: 9999 }), fc.nat({ max: 13 }), fc.nat({ max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom(...ODD),
  fc.string({ maxLength: 11 }),
);

describe('dateIsClean', { timeout: 60_000 }, () => {
  it('agrees with dateIssues on every day and month of awkward years', () => {
    for (const y of YEARS)
      for (let m = 0; m <= 13; m++) {
        const month = `${pad(y, 4)}-${pad(m, 2)}`;
        agrees({ precision: 'month', month });
        for (let d = 0; d <= 32; d++) agrees({ precision: 'day', date: `${month}-${pad(d, 2)}` });
      }
  });

  it('agrees with dateIssues on odd forms', () => {
    for (const text of ODD) {
      agrees({ precision: 'day', date: text });
      agrees({ precision: 'month', month: text });
      agrees({ precision: 'month', month: text.slice(0, 7) });
    }
  });

  it('agrees with dateIssues on ranges and approximate windows, in order or not', () => {
    fc.assert(
      fc.property(dayLikeArb, dayLikeArb, fc.boolean(), (start, end, approximate) => {
        for (const [a, b] of [
          [start, end],
          [end, start],
          [start, start],
        ] as const)
          agrees(
            approximate
              ? { precision: 'approximate', start: a, end: b, basis: 'how' }
              : { precision: 'range', start: a, end: b },
          );
      }),
      { numRuns: 3000 },
    );
  });
});
