import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import rawStory from '../../data/story.json';
import { StoryView } from '../../src/components/StoryView';
import { resolveStory } from '../../src/data/localText';
import { validateStory } from '../../src/data/validate';
import { PrerenderContext } from '../../src/hooks/prerenderContext';
import { PRERENDER_SIZES } from '../../src/server/renderPage';
import { generateStory } from '../../scripts/bench/generate.mjs';

// Golden pictures, as Plot tests its marks: the timeline's SVG in its opening view, drawn as the
// build draws it (no browser, so deterministic), for the bundled story and two generated shapes
// at the desk's and the phone's widths in each scale. A layout change shows up as a diff of
// these files to review; accept one with `npx vitest run -u tests/components/timelineGolden`.

function story(name: string, raw: unknown) {
  const checked = validateStory(raw, name);
  if (!checked.ok) throw new Error(`${name} is invalid`);
  return resolveStory(checked.data, 'en');
}

const STORIES = {
  bundled: story('data/story.json', rawStory),
  handful: story('handful', generateStory(5, 7)),
  hundred: story('hundred', generateStory(100, 3)),
};

/** The timeline's <svg> alone, one element a line so a diff points at the mark that moved. */
function timelineSvg(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const svg = doc.querySelector('svg.timeline-svg');
  if (!svg) throw new Error('no timeline drawn');
  // Positions to 0.01 px: the picture, not the last bits of a float, is what is under test.
  const rounded = svg.outerHTML.replace(/-?\d+\.\d{3,}/g, (n) =>
    String(Number(Number(n).toFixed(2))),
  );
  return rounded.replace(/></g, '>\n<') + '\n';
}

describe.each(Object.entries(STORIES))('the %s story', (name, s) => {
  it.each(
    (['wide', 'narrow'] as const).flatMap((size) =>
      (['linear', 'breaks', 'sequence'] as const).map((scale) => [size, scale] as const),
    ),
  )('at %s width in the %s scale draws as before', async (size, scale) => {
    const html = renderToString(
      createElement(
        PrerenderContext.Provider,
        { value: PRERENDER_SIZES[size] },
        createElement(StoryView, {
          story: s,
          search: `?scale=${scale}`,
          languages: [],
          lang: 'en',
          onLanguage: () => undefined,
        }),
      ),
    );
    await expect(timelineSvg(html)).toMatchFileSnapshot(
      `__svg__/${name}-${PRERENDER_SIZES[size].viewportPx}-${scale}.svg`,
    );
  });
});
