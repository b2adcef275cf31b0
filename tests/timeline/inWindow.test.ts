import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countInWindow, eventBounds, spanBounds } from '../../src/timeline/inWindow';
import { type EventSpan } from '../../src/data/dateParse';

const span = (startMs: number, endMs: number): EventSpan => ({
  startMs,
  endMs,
  precision: 'range',
});

describe('countInWindow', () => {
  it('counts spans that touch the window, including ones that only overlap an edge', () => {
    const b = spanBounds([span(0, 10), span(5, 6), span(20, 30), span(40, 40)]);
    expect(countInWindow(b, 6, 20)).toBe(3);
    expect(countInWindow(b, 11, 19)).toBe(0);
    expect(countInWindow(b, 40, 40)).toBe(1);
    expect(countInWindow(b, -100, 100)).toBe(4);
    expect(countInWindow(b, 30, 20)).toBe(0);
  });

  it('agrees with counting one by one', () => {
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }))
      .map(([s, len]) => span(s, s + len));
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 60 }),
        fc.integer({ min: -50, max: 1300 }),
        fc.integer({ min: 0, max: 600 }),
        (spans, from, width) => {
          const to = from + width;
          const slow = spans.filter((s) => s.endMs >= from && s.startMs <= to).length;
          expect(countInWindow(spanBounds(spans), from, to)).toBe(slow);
        },
      ),
      { seed: 3, numRuns: 500 },
    );
  });
});

describe('eventBounds', () => {
  it('is spanBounds of the events that have a span, read without a list of them', () => {
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }))
      .map(([s, len]) => span(s, s + len));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.option(spanArb)), { maxLength: 40 }),
        (rows) => {
          const spans = new Map<string, EventSpan>();
          for (const [id, s] of rows) if (s) spans.set(`e${id}`, s);
          const events = rows.map(([id]) => ({ id: `e${id}` }));
          const slow = spanBounds(events.flatMap((e) => spans.get(e.id) ?? []));
          const fast = eventBounds(events, spans);
          expect([...fast.starts]).toEqual([...slow.starts]);
          expect([...fast.ends]).toEqual([...slow.ends]);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });
});
