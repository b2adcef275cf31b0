import { describe, expect, it } from 'vitest';
import { matchesAt } from '../../src/hooks/prerenderContext';
import { PRERENDER_SIZES, prerenderedRoot, renderPage } from '../../src/server/renderPage';
import { makeStory } from '../fixtures/story';

describe('matchesAt', () => {
  it.each([
    ['(min-width: 720px)', 1280, true],
    ['(min-width: 720px)', 375, false],
    ['(max-width: 600px)', 375, true],
    ['(max-width: 600px)', 601, false],
    ['(prefers-color-scheme: dark)', 1280, false],
    ['screen and (min-width: 720px)', 1280, false],
  ])('%s at %i px: %s', (query, px, expected) => {
    expect(matchesAt(query, px)).toBe(expected);
  });
});

describe('renderPage', () => {
  it('draws the headline and every event of a small story at laptop width', () => {
    const html = renderPage(makeStory(), PRERENDER_SIZES.wide);
    expect(html).toContain('<h1>A test story</h1>');
    expect(html.match(/data-mark="event"/g)).toHaveLength(3);
    expect(html).toContain('width="836"');
  });

  it('draws the phone layout: the vertical rail, narrower, with every event', () => {
    const wide = renderPage(makeStory(), PRERENDER_SIZES.wide);
    const narrow = renderPage(makeStory(), PRERENDER_SIZES.narrow);
    expect(narrow).toContain('width="351"');
    expect(narrow).toContain('timeline-svg--vertical');
    expect(wide).not.toContain('timeline-svg--vertical');
    expect(narrow.match(/data-mark="event"/g)).toHaveLength(3);
  });

  it('wraps each size in an inert, hidden-from-screen-readers picture', () => {
    const root = prerenderedRoot(makeStory());
    expect(
      root.match(/<div class="prerender prerender--(wide|narrow)" inert aria-hidden="true">/g),
    ).toHaveLength(2);
  });
});
