// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/data/schema';
import { indexStory } from '../../src/timeline/storyIndex';
import { overviewMarksOf, overviewMarksOfEvents } from '../../src/timeline/overviewMarks';

const DAY_MS = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * DAY_MS).toISOString().slice(0, 10);

/** A story of `n` events on days drawn from a year, some of them ranges. */
const storyArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 360 }), fc.integer({ min: 0, max: 20 })), {
    minLength: 380,
    maxLength: 460,
  })
  .map(
    (days) =>
      ({
        title: 't',
        dek: 'd',
        credit: 'c',
        groups: [],
        actors: [],
        sources: [],
        events: days.map(([d, len], i) => ({
          id: `e${i}`,
          date:
            len > 10
              ? { precision: 'range', start: day(d), end: day(d + len) }
              : { precision: 'day', date: day(d) },
          actors: [],
          citations: [],
        })),
      }) as unknown as Story,
  );

describe('overviewMarksOfEvents: the marks of the events’ ids', () => {
  it('for the whole story and a filtered part, on either side of the ticks’ limit', () => {
    fc.assert(
      fc.property(storyArb, fc.func(fc.boolean()), fc.boolean(), (story, keep, filter) => {
        const index = indexStory(story);
        const events = filter ? index.events.filter((e) => keep(e.id)) : index.events;
        const xOf = (ms: number) => (ms - Date.UTC(2026, 0, 1)) / 30_000_000;
        expect(overviewMarksOfEvents(events, index.spans, xOf, 1200, 44)).toEqual(
          overviewMarksOf(
            events.map((e) => e.id),
            index.spans,
            xOf,
            1200,
            44,
          ),
        );
      }),
      { numRuns: 60 },
    );
  });
});
