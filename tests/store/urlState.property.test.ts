import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexStory } from '../../src/timeline/storyIndex';
import { parseUrlState, writeUrlState } from '../../src/store/urlState';
import { makeGuidedStory } from '../fixtures/story';

const index = indexStory(makeGuidedStory());
const actorIds = index.story.actors.map((a) => a.id);
const eventIds = index.story.events.map((e) => e.id);
const DAY = 86_400_000;

describe('parseUrlState (property)', () => {
  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (q) => {
        const { state, problems } = parseUrlState(q, index);
        expect(Array.isArray(problems)).toBe(true);
        expect(state.theme).toMatch(/^(light|dark|auto)$/);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('never throws on hostile values for every known key', () => {
    const key = fc.constantFrom(
      'actors',
      'event',
      'from',
      'to',
      'lanes',
      'theme',
      'embed',
      'bg',
      'step',
      '__proto__',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.string({ maxLength: 60 })), { maxLength: 8 }),
        (pairs) => {
          const q = new URLSearchParams(pairs).toString();
          const { state } = parseUrlState(q, index);
          if (state.pendingDomain)
            expect(state.pendingDomain[0]).toBeLessThan(state.pendingDomain[1]);
          if (state.selectedId) expect(eventIds).toContain(state.selectedId);
          for (const a of state.activeActors ?? []) expect(actorIds).toContain(a);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 500, seed: 11 },
    );
  });

  it('round-trips every valid state: state → URL → state', () => {
    const state = fc.record({
      activeActors: fc.option(fc.subarray(actorIds, { minLength: 1 }), { nil: null }),
      selectedId: fc.option(fc.constantFrom(...eventIds), { nil: null }),
      lanes: fc.boolean(),
      theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
      embed: fc.boolean(),
      transparent: fc.boolean(),
      storyStep: fc.option(fc.integer({ min: 0, max: (index.story.steps?.length ?? 1) - 1 }), {
        nil: null,
      }),
      fromDay: fc.integer({ min: 0, max: 3000 }),
      days: fc.integer({ min: 1, max: 400 }),
    });
    fc.assert(
      fc.property(state, (s) => {
        const from = Date.UTC(2020, 0, 1) + s.fromDay * DAY;
        const domain: [number, number] = [from, from + s.days * DAY];
        const q = writeUrlState('childId=x', { ...s, index }, domain);
        const back = parseUrlState(q, index);
        expect(back.problems).toEqual([]);
        const all = s.activeActors && s.activeActors.length === actorIds.length;
        expect(back.state.activeActors).toEqual(all ? null : s.activeActors);
        expect(back.state.selectedId).toBe(s.selectedId);
        expect(back.state.lanes).toBe(s.lanes);
        expect(back.state.theme).toBe(s.theme);
        expect(back.state.embed).toBe(s.embed);
        expect(back.state.transparent).toBe(s.transparent);
        expect(back.state.storyStep).toBe(s.storyStep);
        expect(back.state.pendingDomain).toEqual(domain);
        expect(new URLSearchParams(q).get('childId')).toBe('x');
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
