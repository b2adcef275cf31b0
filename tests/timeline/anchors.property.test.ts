// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventSpan } from '../../src/data/dateParse';
import { anchorsOf, bestDateOf } from '../../src/timeline/breaks';

const DAY = 86_400_000;

/** The anchors as they were made before the sweep: pairs sorted with a comparator, merged. */
function referenceAnchors(spans: ReadonlyMap<string, EventSpan>) {
  const ivs: [number, number][] = [];
  const points: number[] = [];
  const exact = new Set<number>();
  const timed = new Set<number>();
  for (const s of spans.values()) {
    const best = bestDateOf(s);
    points.push(best);
    if (s.precision === 'day' || s.precision === 'time' || s.precision === 'range') exact.add(best);
    if (s.precision === 'time' || (s.precision === 'range' && s.startMs % DAY !== 0))
      timed.add(best);
    ivs.push(s.precision === 'range' ? [s.startMs, s.endMs] : [best, best]);
  }
  points.sort((a, b) => a - b);
  ivs.sort((a, b) => a[0] - b[0]);
  const from: number[] = [];
  const to: number[] = [];
  for (const [a, b] of ivs) {
    const last = to.length - 1;
    if (last >= 0 && a <= to[last]!) to[last] = Math.max(to[last]!, b);
    else {
      from.push(a);
      to.push(b);
    }
  }
  return { from, to, points, exact, timed };
}

// A few moments, so that intervals touch, nest and repeat; now and then a NaN (an impossible
// day) or a range that ends before it starts, as a story the full check will refuse may have.
const moment = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 12 }).map((d) => d * DAY) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 12 * 24 }).map((h) => h * 3_600_000) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
);
const spanArb: fc.Arbitrary<EventSpan> = fc
  .tuple(
    fc.constantFrom('day', 'time', 'month', 'year', 'range', 'approximate') as fc.Arbitrary<
      EventSpan['precision']
    >,
    moment,
    fc.integer({ min: -2, max: 20 }).map((d) => d * DAY),
  )
  .map(([precision, startMs, len]) => ({ precision, startMs, endMs: startMs + len }));

describe('anchorsOf: the same anchors as sorting pairs and merging them', () => {
  it('on random spans that touch, nest, repeat, or are impossible', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 50 }), (list) => {
        const spans = new Map(list.map((s, i) => [`e${i}`, s]));
        const got = anchorsOf(spans);
        const want = referenceAnchors(spans);
        expect(got.from).toEqual(want.from);
        expect(got.to).toEqual(want.to);
        expect(got.points).toEqual(want.points);
        expect([...got.exact]).toEqual([...want.exact]);
        expect([...got.timed]).toEqual([...want.timed]);
      }),
      { numRuns: 1000 },
    );
  });
});
