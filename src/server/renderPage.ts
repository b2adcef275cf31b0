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

/**
 * The page's HTML for one size, with the default view: what the app draws before any input,
 * in English (boot.js hides it for any other). `languages` are the story's: with two or more
 * the app shows a language menu, and so must the picture, or the page would jump.
 */
export function renderPage(
  story: Story,
  size: PrerenderSize,
  languages: readonly string[] = [],
): string {
  const noop = () => undefined;
  return renderToString(
    createElement(
      PrerenderContext.Provider,
      { value: size },
      createElement(StoryView, { story, search: '', languages, lang: 'en', onLanguage: noop }),
    ),
  );
}

/**
 * What goes inside `#root` in index.html: the page at each size, shown by a media query and
 * inert (a picture until the app replaces it, which it does on its first render).
 */
export function prerenderedRoot(story: Story, languages: readonly string[] = []): string {
  return Object.entries(PRERENDER_SIZES)
    .map(
      ([name, size]) =>
        `<div class="prerender prerender--${name}" inert aria-hidden="true">${renderPage(story, size, languages)}</div>`,
    )
    .join('');
}
