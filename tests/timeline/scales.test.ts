import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBaseScale } from '../../src/timeline/scales';
import { pixelsOf } from '../../src/timeline/timeScale';

describe('pixelsOf', () => {
  it('gives exactly the pixels the d3 base scale gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: 86_400_000, max: 40 * 365 * 86_400_000 }),
        fc.integer({ min: 1, max: 4000 }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (start, span, widthPx, at) => {
          const base = createBaseScale([start, start + span], widthPx);
          const ms = start + span * at;
          expect(pixelsOf(base)(ms)).toBe(base(ms));
        },
      ),
      { seed: 5, numRuns: 2000 },
    );
  });
});
