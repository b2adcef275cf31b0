// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventDate, Story, TimelineEvent } from '../../src/data/schema';
import { toSpan, type EventSpan } from '../../src/data/dateParse';
import { indexStory } from '../../src/timeline/storyIndex';
import { spanOrder } from '../../src/timeline/spanOrder';
import { storyExtent } from '../../src/timeline/scales';

/**
 * The index as it was built before it shared one map between its lookups, sorted without a
 * comparator and left its per-source and per-actor lists until asked: what it must still return.
 */
function referenceIndex(story: Story) {
  const spans = new Map<string, EventSpan>();
  const eventById = new Map<string, TimelineEvent>();
  const list: EventSpan[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  story.events.forEach((e, i) => {
    const span = toSpan(e.date);
    spans.set(e.id, span);
    eventById.set(e.id, e);
    list.push(span);
    starts[i] = span.startMs;
    ends[i] = span.endMs;
  });
  const order = story.events.map((_, i) => i);
  order.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b);
  const events = order.map((i) => story.events[i]!);
  const eventsBySource = new Map<string, string[]>();
  const countByActor = new Map<string, number>();
  for (const e of events) {
    for (const s of new Set(e.citations.map((c) => c.source))) {
      const l = eventsBySource.get(s);
      if (l) l.push(e.id);
      else eventsBySource.set(s, [e.id]);
    }
    for (const a of new Set(e.actors)) countByActor.set(a, (countByActor.get(a) ?? 0) + 1);
  }
  return { events, spans, eventById, eventsBySource, countByActor, extent: storyExtent(list) };
}

// Few days, ids and sources, so that ties, repeated ids and shared sources are common; an
// impossible day (a NaN span) now and then, as a big story may have before its full check.
const dayArb = fc.constantFrom(
  '2026-01-01',
  '2026-01-02',
  '2026-02-28',
  '2026-03-01',
  '0099-12-31',
  '2026-02-30',
);
const timeArb = fc
  .tuple(dayArb, fc.constantFrom('T00:00', 'T09:30', 'T23:59'))
  .map(([d, t]) => d + t);
const dateArb: fc.Arbitrary<EventDate> = fc.oneof(
  dayArb.map((date) => ({ precision: 'day' as const, date })),
  timeArb.map((date) => ({ precision: 'time' as const, date })),
  dayArb.map((d) => ({ precision: 'month' as const, month: d.slice(0, 7) })),
  dayArb.map((d) => ({ precision: 'year' as const, year: d.slice(0, 4) })),
  fc
    .tuple(fc.oneof(dayArb, timeArb), fc.oneof(dayArb, timeArb))
    .map(([start, end]) => ({ precision: 'range' as const, start, end })),
  fc
    .tuple(dayArb, dayArb)
    .map(([start, end]) => ({ precision: 'approximate' as const, start, end, basis: 'b' })),
);
const pool = (prefix: string, n: number) =>
  fc.constantFrom(...Array.from({ length: n }, (_, i) => `${prefix}${i}`));
const eventArb = fc.record({
  id: pool('e', 12),
  date: dateArb,
  actors: fc.array(pool('a', 4), { minLength: 1, maxLength: 3 }),
  citations: fc.array(
    pool('s', 3).map((source) => ({ source, quote: 'q' })),
    { minLength: 1, maxLength: 3 },
  ),
});
const storyArb = fc.array(eventArb, { maxLength: 40 }).map(
  (events) =>
    ({
      title: 't',
      dek: 'd',
      credit: 'c',
      groups: [{ id: 'g', label: 'G', color: '#000000' }],
      actors: ['a0', 'a1', 'a2', 'a3'].map((id) => ({ id, name: id, group: 'g' })),
      sources: [],
      events: events.map((e) => ({
        ...e,
        title: e.id,
        summary: '',
        kind: 'statement',
        attribution: '',
      })),
    }) as unknown as Story,
);

describe('indexStory: the same index as the plain way of building it', () => {
  it('on stories with ties, repeated ids and impossible days', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const got = indexStory(story);
        const want = referenceIndex(story);
        expect(got.events).toEqual(want.events);
        expect(got.events.every((e, i) => e === want.events[i])).toBe(true);
        expect([...got.spans]).toEqual([...want.spans]);
        expect([...got.spans.values()]).toEqual([...want.spans.values()]);
        expect([...got.spans.keys()]).toEqual([...want.spans.keys()]);
        expect(got.spans.size).toBe(want.spans.size);
        for (const id of ['e0', 'e5', 'e11', 'x']) {
          expect(got.spans.get(id)).toEqual(want.spans.get(id));
          expect(got.eventById.get(id)).toBe(want.eventById.get(id));
          expect(got.eventById.has(id)).toBe(want.eventById.has(id));
        }
        expect([...got.eventById]).toEqual([...want.eventById]);
        const seen: [string, TimelineEvent][] = [];
        got.eventById.forEach((e, id) => seen.push([id, e]));
        expect(seen).toEqual([...want.eventById]);
        expect([...got.eventsBySource]).toEqual([...want.eventsBySource]);
        expect([...got.countByActor]).toEqual([...want.countByActor]);
        expect(got.extent).toEqual(want.extent);
      }),
      { numRuns: 300 },
    );
  });
});

describe('spanOrder: the order of the comparator (start, end, position)', () => {
  const comparatorOrder = (starts: Float64Array, ends: Float64Array) =>
    Array.from(starts, (_, i) => i).sort(
      (a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b,
    );
  it('on random spans with ties, in order or not, and with NaN', () => {
    const value = fc.oneof(
      fc.constantFrom(0, 1, 2, 86_400_000, -62_135_596_800_000, 253_402_214_400_000),
      fc.integer({ min: -5, max: 5 }),
      fc.constant(Number.NaN),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value), { maxLength: 60 }),
        fc.boolean(),
        (pairs, presorted) => {
          if (presorted) pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          const starts = Float64Array.from(pairs, (p) => p[0]);
          const ends = Float64Array.from(pairs, (p) => p[1]);
          expect(Array.from(spanOrder(starts, ends))).toEqual(comparatorOrder(starts, ends));
        },
      ),
      { numRuns: 500 },
    );
  });
});
