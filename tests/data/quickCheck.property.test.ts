// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesQuickCheck } from '../../src/data/quickCheck';
import { checkStory, REFUSED } from '../../src/data/storyCheck';
import { storyLanguages } from '../../src/data/localText';
import { validStoryArb } from '../fixtures/arbitraries';
import { damageAnywhere, strings } from './damage';

/**
 * What the page relies on when it draws a story the quick pass let through, before the full
 * check reports: the full check, if it accepts the story, returns that very value (nothing
 * trimmed), and no text in it is in several languages (the loader skips the walk for them).
 */
function holds(story: unknown) {
  if (!passesQuickCheck(story)) return false;
  const checked = checkStory(story);
  if (checked !== REFUSED) expect(checked).toBe(story);
  expect(storyLanguages(structuredClone(story)).length).toBe(1);
  return true;
}

describe('passesQuickCheck: what a big story needs to be drawn before its full check', () => {
  it('lets valid single-language stories through', () => {
    fc.assert(
      fc.property(validStoryArb, (story) => {
        fc.pre(!story.timeZone && strings(story).length > 0);
        // The arbitrary writes texts with nothing to trim and no maps, in one language.
        expect(holds(structuredClone(story))).toBe(checkStory(story) === story);
      }),
      { numRuns: 80 },
    );
  });

  it('holds with any string replaced (padded, blank, a map of languages, another type)', () => {
    fc.assert(
      fc.property(
        validStoryArb,
        fc.nat(),
        fc.oneof(
          fc.constantFrom(' padded', 'padded\n', '\u00a0x', 'x\u2028', '', 'ok'),
          // Made afresh for each run: a value shared between runs could end up inside itself.
          fc
            .constantFrom('map', 'list', 'bag')
            .map((k) =>
              k === 'map' ? { en: 'In English', fr: 'En français' } : k === 'list' ? [] : {},
            ),
          fc.constantFrom(null, 7),
        ),
        (generated, n, replacement) => {
          const story = structuredClone(generated);
          const paths = strings(story);
          fc.pre(paths.length > 0);
          const path = paths[n % paths.length]!;
          let target: Record<string | number, unknown> = story as never;
          for (const k of path.slice(0, -1)) target = target[k] as never;
          target[path.at(-1)!] = replacement;
          holds(story);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('holds on a valid story damaged anywhere, and never throws', () => {
    fc.assert(
      fc.property(
        validStoryArb,
        fc.nat(),
        fc.constantFrom('id', 'title', 'date', 'precision', 'extra', 'en', 'translations'),
        fc.jsonValue({ maxDepth: 3 }),
        (generated, n, key, value) => {
          const story = structuredClone(generated);
          damageAnywhere(story, n, key, value);
          holds(story);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('says no to what is not a story, and to a story on a clock (its zone is checked first)', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void holds(v)));
    fc.assert(
      fc.property(validStoryArb, (story) => {
        expect(passesQuickCheck({ ...story, timeZone: 'Europe/Berlin' })).toBe(false);
      }),
      { numRuns: 20 },
    );
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(passesQuickCheck({ title: 't', dek: 'd', credit: 'c', corrections: deep })).toBe(false);
  });

  it('says no where the marks would read a wrong type', () => {
    fc.assert(
      fc.property(
        validStoryArb,
        fc.constantFrom('id', 'title', 'date', 'actors', 'citations'),
        (story, field) => {
          fc.pre(story.events.length > 0 && !story.timeZone);
          const broken = structuredClone(story) as unknown as { events: Record<string, unknown>[] };
          broken.events[0]![field] = 42;
          expect(passesQuickCheck(broken)).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});
