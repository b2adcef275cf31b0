// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story, TimelineEvent } from '../../src/data/schema';
import { toSpan, type EventSpan } from '../../src/data/dateParse';
import { indexStory } from '../../src/timeline/storyIndex';
import { storyExtent } from '../../src/timeline/scales';
import { spansOfEvents } from '../../src/timeline/eventSpans';
import { spanRangeOf } from '../../src/timeline/spanRange';
import { isTimedSpan } from '../../src/timeline/warp';
import { tiedStoryArb } from '../fixtures/tiedStory';

/**
 * The index as it was built before it shared one map between its lookups, read the story's
 * range in its own pass and left its per-source and per-actor lists until asked: what it must
 * still return.
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

describe('indexStory: the same index as the plain way of building it', () => {
  it('on stories with ties, repeated ids and impossible days', () => {
    fc.assert(
      fc.property(tiedStoryArb, (story) => {
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
        // The events' spans the index hands to the marks, the summary and the overview.
        expect(spansOfEvents(got.events, got.spans)).toEqual(
          got.events.map((e) => want.spans.get(e.id)),
        );
        // And their range, which the base scale and the summary read.
        const values = [...want.spans.values()];
        expect(spanRangeOf(got.spans)).toEqual({
          lo: Math.min(Infinity, ...values.map((v) => v.startMs).filter((v) => !isNaN(v))),
          hi: Math.max(-Infinity, ...values.map((v) => v.endMs).filter((v) => !isNaN(v))),
          timed: values.some(isTimedSpan),
        });
      }),
      { numRuns: 300 },
    );
  });
});
