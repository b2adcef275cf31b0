// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/data/schema';
import { markDate } from '../../src/data/dateFormat';
import { isActorShown } from '../../src/timeline/actorFilter';
import { indexStory, type StoryIndex } from '../../src/timeline/storyIndex';
import { layoutItemsOf, withYearOf } from '../../src/timeline/markItems';
import { tiedStoryArb } from '../fixtures/tiedStory';

/** The items as they were made before the spans came in the events' order: a lookup each. */
function referenceItems(
  visible: readonly TimelineEvent[],
  index: StoryIndex,
  laneActors: readonly string[],
  activeSet: ReadonlySet<string> | null,
) {
  const withYear = withYearOf(index.extent);
  const laneOf = new Map(laneActors.map((a, i) => [a, i]));
  const out: { id: string; span: unknown; lane: number; title: string; date: string }[] = [];
  const item = (id: string, e: TimelineEvent, lane: number) => ({
    id,
    span: index.spans.get(e.id),
    lane,
    title: e.title,
    date: markDate(e.date, withYear),
  });
  const primaries = new Set<string>();
  for (const e of visible) {
    const span = index.spans.get(e.id);
    if (!span) continue;
    if (laneActors.length <= 1) {
      out.push(item(e.id, e, 0));
      continue;
    }
    for (const a of e.actors) {
      const lane = laneOf.get(a);
      if (lane === undefined || !isActorShown(a, activeSet)) continue;
      out.push(item(primaries.has(e.id) ? `${e.id}@${a}` : e.id, e, lane));
      primaries.add(e.id);
    }
  }
  return out.sort(
    (a, b) => (a.span as { startMs: number }).startMs - (b.span as { startMs: number }).startMs,
  );
}

describe('layoutItemsOf: the items a lookup per event made', () => {
  it('on one track and in lanes, for the whole story or a filtered part', () => {
    fc.assert(
      fc.property(
        tiedStoryArb,
        fc.constantFrom([''], ['a0', 'a1', 'a2'], ['a3', 'a1']),
        fc.option(fc.subarray(['a0', 'a1', 'a2', 'a3']), { nil: null }),
        fc.option(fc.func(fc.boolean()), { nil: null }),
        (story, lanes, active, keep) => {
          const index = indexStory(story);
          const visible = keep ? index.events.filter((e) => keep(e.id)) : index.events;
          const activeSet = active && new Set(active);
          const got = layoutItemsOf(visible, index, lanes, activeSet);
          const want = referenceItems(visible, index, lanes, activeSet);
          expect(
            got.map((i) => ({
              id: i.id,
              span: i.span,
              lane: i.lane,
              title: i.title,
              date: i.date,
            })),
          ).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });
});
