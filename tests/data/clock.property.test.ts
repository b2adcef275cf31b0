// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventDate, Story } from '../../src/data/schema';
import { passesQuickCheck } from '../../src/data/quickCheck';
import { resolveStory } from '../../src/data/localText';
import { validStoryArb } from '../fixtures/arbitraries';

/** Some of a story's dates given a time of day: a minute, or a range with a timed end. */
const timedDateArb: fc.Arbitrary<EventDate | null> = fc.oneof(
  fc.constant(null),
  fc.constant({ precision: 'time', date: '2026-06-12T09:30' } as EventDate),
  fc.constant({ precision: 'range', start: '2026-06-12', end: '2026-06-13T10:00' } as EventDate),
  fc.constant({ precision: 'range', start: '2026-06-12T08:00', end: '2026-06-13' } as EventDate),
);

describe('resolving a story the quick pass has read', () => {
  it('writes every time on the story’s clock, as for a story it has not read', () => {
    fc.assert(
      fc.property(validStoryArb, fc.array(timedDateArb, { maxLength: 5 }), (generated, dates) => {
        const story = structuredClone(generated) as Story & { timeZone?: string };
        delete story.timeZone;
        story.events.forEach((e, i) => {
          const d = dates[i];
          if (d) e.date = d;
        });
        const read = structuredClone(story);
        fc.pre(passesQuickCheck(read));
        const resolved = resolveStory(read, 'en');
        expect(resolved).toEqual(resolveStory(structuredClone(story), 'en'));
        const timed = resolved.events.filter((e) => 'zone' in e.date).length;
        expect(timed).toBe(dates.slice(0, story.events.length).filter(Boolean).length);
      }),
      { numRuns: 150 },
    );
  });
});
