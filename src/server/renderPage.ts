import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { StoryView } from '../components/StoryView';
import type { Story } from '../data/schema';
import { PrerenderContext, type PrerenderSize } from '../hooks/prerenderContext';

/** The widths the bundled story's page is drawn for at build time: a laptop and a phone. */
export const PRERENDER_SIZES = {
  wide: { viewportPx: 1280, trackPx: 836 },
  narrow: { viewportPx: 375, trackPx: 351 },
} as const satisfies Record<string, PrerenderSize>;

/** The page's HTML for one size, with the default view: what the app draws before any input. */
export function renderPage(story: Story, size: PrerenderSize): string {
  return renderToString(
    createElement(
      PrerenderContext.Provider,
      { value: size },
      createElement(StoryView, { story, search: '' }),
    ),
  );
}

/**
 * What goes inside `#root` in index.html: the page at each size, shown by a media query and
 * inert (a picture until the app replaces it, which it does on its first render).
 */
export function prerenderedRoot(story: Story): string {
  return Object.entries(PRERENDER_SIZES)
    .map(
      ([name, size]) =>
        `<div class="prerender prerender--${name}" inert aria-hidden="true">${renderPage(story, size)}</div>`,
    )
    .join('');
}
