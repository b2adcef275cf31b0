import fc from 'fast-check';
import {
  MEASURE_RANGE_PX,
  measureSteps,
  storyHeightQueries,
  withStartHeights,
} from '../../src/embed/measureSteps';
import { heightAt } from '../../src/embed/startHeights';

describe('measureSteps', () => {
  it('finds every step of a height function whose steps are wider than the sweep', async () => {
    const { min, max, sweep } = MEASURE_RANGE_PX;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: min + 1, max }), { maxLength: 12 }),
        fc.array(fc.integer({ min: 300, max: 2000 }), { minLength: 13, maxLength: 13 }),
        async (cuts, heights) => {
          const widths = cuts
            .sort((a, b) => a - b)
            .filter((w, i, a) => i === 0 || w - (a[i - 1] ?? 0) > sweep);
          // Neighbouring steps differ in height.
          const steps: [number, number][] = [[min, heights[0] ?? 500]];
          widths.forEach((w, i) => {
            const prev = steps.at(-1)?.[1] ?? 0;
            const h = heights[i + 1] ?? 0;
            steps.push([w, h === prev ? h + 1 : h]);
          });
          const measured = await measureSteps(async (w) => heightAt(steps, w));
          expect(measured).toEqual(steps);
        },
      ),
    );
  });

  it('measures each width once', async () => {
    const seen: number[] = [];
    await measureSteps(async (w) => (seen.push(w), w < 500 ? 800 : 600));
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('storyHeightQueries', () => {
  it('measures the default, parts=timeline and plain=1 in each of the story’s languages', () => {
    expect(storyHeightQueries('en', ['en'])).toEqual(['', 'parts=timeline', 'plain=1']);
    expect(storyHeightQueries('de', ['en', 'de'])).toEqual([
      '',
      'parts=timeline',
      'plain=1',
      'lang=en',
      'lang=en&parts=timeline',
      'lang=en&plain=1',
    ]);
  });
});

describe('withStartHeights', () => {
  const js =
    'var A = 1;\n  var START_HEIGHTS = {"lang":"en","heights":{"":[[280,700]]}};\n  var B = [];';
  it('puts the table in place of the one embed.js had', () => {
    const out = withStartHeights(js, { lang: 'de', heights: { '': [[280, 500]] } });
    expect(out).toBe(
      'var A = 1;\n  var START_HEIGHTS = {"lang":"de","heights":{"":[[280,500]]}};\n  var B = [];',
    );
  });
  it('throws where embed.js has no table', () => {
    expect(() => withStartHeights('var A = 1;', { lang: 'en', heights: {} })).toThrow(
      /START_HEIGHTS/,
    );
  });
});
