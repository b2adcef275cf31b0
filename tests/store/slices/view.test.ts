import { describe, expect, it } from 'vitest';
import { indexStory } from '../../../src/timeline/storyIndex';
import { createTimelineStore } from '../../../src/store';
import { isZoomed, ZOOM_STEP } from '../../../src/timeline/zoom';
import { makeStory } from '../../fixtures/story';

function store() {
  const s = createTimelineStore(indexStory(makeStory()), { scaleKind: 'linear' });
  s.getState().setWidth(1000);
  return s;
}

describe('zoomIn and zoomOut', () => {
  it('step by ZOOM_STEP about the middle, and back', () => {
    const s = store();
    s.getState().zoomIn();
    expect(s.getState().view.k).toBeCloseTo(ZOOM_STEP, 12);
    expect(s.getState().view.x).toBeCloseTo(500 * (1 - ZOOM_STEP), 9);
    s.getState().zoomOut();
    expect(s.getState().view.k).toBeCloseTo(1, 12);
    expect(isZoomed(s.getState().view)).toBe(false);
  });

  it('keep the time under a given pixel where it is', () => {
    const s = store();
    s.getState().zoomIn(200);
    const { k, x } = s.getState().view;
    expect(k).toBeCloseTo(ZOOM_STEP, 12);
    // Pixel 200 of the zoomed view still shows what pixel 200 of the whole story showed.
    expect((200 - x) / k).toBeCloseTo(200, 9);
  });
});

describe('isZoomed', () => {
  it.each([
    [1, false],
    [1.00005, false],
    [1.001, true],
    [ZOOM_STEP, true],
  ])('k = %s → %s', (k, expected) => {
    expect(isZoomed({ k })).toBe(expected);
  });

  it('decides whether a resize keeps the window or the whole story', () => {
    const s = store();
    s.getState().setView({ k: 1.00005, x: -0.01 });
    s.getState().setWidth(500);
    // Near-whole counts as whole: the view is left alone rather than re-derived.
    expect(s.getState().view).toEqual({ k: 1.00005, x: -0.01 });
    s.getState().zoomIn();
    const before = s.getState().view.k;
    s.getState().setWidth(1000);
    expect(s.getState().view.k).toBeCloseTo(before, 6);
  });
});
