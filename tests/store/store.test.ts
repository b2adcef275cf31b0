import { beforeEach, describe, expect, it } from 'vitest';
import { indexStory, type StoryIndex } from '../../src/timeline/storyIndex';
import { createTimelineStore, type TimelineStore } from '../../src/store';
import {
  selectBaseScale,
  selectDomain,
  selectMaxZoom,
  selectVisibleEvents,
} from '../../src/store/selectors';
import { parseUrlState, writeUrlState } from '../../src/store/urlState';
import { IDENTITY_VIEW } from '../../src/timeline/zoom';
import { makeStory, pinTimeZone } from '../fixtures/story';
import { MIN_VISIBLE_MS } from '../../src/timeline/warp';

pinTimeZone('America/Los_Angeles');

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** Two windows are the same if their ends agree to the minute. */
function expectWindow(actual: [number, number], expected: [number, number]) {
  expect(Math.abs(actual[0] - expected[0])).toBeLessThan(60_000);
  expect(Math.abs(actual[1] - expected[1])).toBeLessThan(60_000);
}

let index: StoryIndex;
let store: TimelineStore;
const state = () => store.getState();
const domain = () => selectDomain(state());
const visibleIds = () => selectVisibleEvents(state()).map((e) => e.id);

beforeEach(() => {
  index = indexStory(makeStory());
  // True time, so windows can be checked against the extent; tests/store/scales.test.ts
  // covers the other scales.
  store = createTimelineStore(index, { scaleKind: 'linear' });
  state().setWidth(1000);
});

describe('a fresh store', () => {
  it('shows the whole story, nothing selected, the first event focusable', () => {
    expect(state().view).toEqual(IDENTITY_VIEW);
    expectWindow(domain(), index.extent);
    expect(state().selectedId).toBeNull();
    expect(state().focusedId).toBe('first');
    expect(state().activeActors).toBeNull();
  });

  it('takes initial values', () => {
    const s = createTimelineStore(index, { lanes: true, theme: 'dark', selectedId: 'second' });
    expect(s.getState()).toMatchObject({ lanes: true, theme: 'dark', selectedId: 'second' });
  });
});

describe('zoom and pan', () => {
  it('zooms in about the middle by default', () => {
    const mid = (index.extent[0] + index.extent[1]) / 2;
    state().zoomBy(2);
    const [a, b] = domain();
    expect(state().view.k).toBeCloseTo(2, 12);
    expect(Math.abs((a + b) / 2 - mid)).toBeLessThan(60_000);
    expect(b - a).toBeCloseTo((index.extent[1] - index.extent[0]) / 2, -3);
  });

  it('keeps the time under the pointer where it is', () => {
    const base = selectBaseScale(state());
    const at = base.invert(200).getTime();
    state().zoomBy(3, 200);
    const [a, b] = domain();
    expect(Math.abs(a + ((b - a) * 200) / 1000 - at)).toBeLessThan(60_000);
  });

  it.each([
    ['zooming out past the whole story', (s: TimelineStore) => s.getState().zoomBy(0.01)],
    ['panning left of the start', (s: TimelineStore) => s.getState().panBy(5000)],
    ['panning right of the end', (s: TimelineStore) => s.getState().panBy(-5000)],
  ])('clamps %s to the whole story', (_name, act) => {
    act(store);
    expect(state().view).toEqual(IDENTITY_VIEW);
  });

  it('clamps zooming in to about three days', () => {
    state().zoomBy(1e6);
    expect(state().view.k).toBeCloseTo(selectMaxZoom(state()), 9);
    const [a, b] = domain();
    expect(b - a).toBeCloseTo(MIN_VISIBLE_MS, -4);
  });

  it('pans within the story when zoomed in', () => {
    state().zoomBy(4);
    const before = domain();
    state().panBy(100);
    const after = domain();
    const msPerPx = (before[1] - before[0]) / 1000;
    expect(after[0] - before[0]).toBeCloseTo(-100 * msPerPx, -4);
    state().panBy(1e9);
    expect(domain()[0]).toBeCloseTo(index.extent[0], -4);
    state().panBy(-1e9);
    expect(domain()[1]).toBeCloseTo(index.extent[1], -4);
  });

  it('resets to the whole story', () => {
    state().zoomBy(5, 800);
    state().resetView();
    expect(state().view).toEqual(IDENTITY_VIEW);
    expect(state().pendingDomain).toBeNull();
  });

  it('shows a window it is asked for', () => {
    state().showDomain(utc(2026, 3, 1), utc(2026, 3, 21));
    expectWindow(domain(), [utc(2026, 3, 1), utc(2026, 3, 21)]);
  });

  it('widens a window narrower than three days about its middle', () => {
    state().showDomain(utc(2026, 3, 10), utc(2026, 3, 11));
    const [a, b] = domain();
    expect(b - a).toBeCloseTo(MIN_VISIBLE_MS, -4);
    expect(Math.abs((a + b) / 2 - utc(2026, 3, 10) - DAY_MS / 2)).toBeLessThan(60_000);
  });

  it.each([
    ['beyond the start', utc(2025, 6, 1), utc(2026, 2, 10)],
    ['beyond the end', utc(2026, 4, 20), utc(2027, 1, 1)],
    ['around the whole story', utc(2020, 1, 1), utc(2030, 1, 1)],
  ])('keeps a window %s inside the story', (_name, from, to) => {
    state().showDomain(from, to);
    const [a, b] = domain();
    expect(a).toBeGreaterThanOrEqual(index.extent[0] - 60_000);
    expect(b).toBeLessThanOrEqual(index.extent[1] + 60_000);
  });
});

describe('setWidth', () => {
  it.each([375, 640, 1280, 1999])('keeps the visible window when resized to %ipx', (widthPx) => {
    state().showDomain(utc(2026, 3, 1), utc(2026, 3, 21));
    const before = domain();
    state().setWidth(widthPx);
    expect(state().widthPx).toBe(widthPx);
    expectWindow(domain(), before);
  });

  it('keeps the whole story across a resize', () => {
    state().setWidth(500);
    expect(state().view).toEqual(IDENTITY_VIEW);
  });

  it('ignores a zero width (a hidden frame)', () => {
    state().zoomBy(3);
    const view = state().view;
    state().setWidth(0);
    expect(state().widthPx).toBe(1000);
    expect(state().view).toBe(view);
  });

  it('applies a window from the URL once the width is known', () => {
    const s = createTimelineStore(index, { pendingDomain: [utc(2026, 3, 1), utc(2026, 4, 1)] });
    expect(s.getState().view).toEqual(IDENTITY_VIEW);
    s.getState().setWidth(800);
    expect(s.getState().pendingDomain).toBeNull();
    expectWindow(selectDomain(s.getState()), [utc(2026, 3, 1), utc(2026, 4, 1)]);
  });

  it('writes back the days a link gave it, at any width and after a resize', () => {
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const changed: string[] = [];
    for (const widthPx of [320, 375, 768, 1000, 1440])
      for (let from = utc(2026, 2, 1); from < utc(2026, 4, 10); from += 3 * DAY_MS)
        for (const days of [3, 10, 31]) {
          const to = from + days * DAY_MS;
          if (to > index.extent[1]) continue;
          const link = `?from=${iso(from)}&to=${iso(to)}&scale=linear`;
          const s = createTimelineStore(index, {
            scaleKind: 'linear',
            pendingDomain: parseUrlState(link, index).state.pendingDomain ?? null,
          });
          s.getState().setWidth(widthPx);
          s.getState().setWidth(widthPx === 375 ? 1000 : 375);
          const written = writeUrlState('', s.getState(), selectDomain(s.getState()));
          if (written !== link) changed.push(`${widthPx}px ${link} → ${written}`);
        }
    expect(changed).toEqual([]);
  });

  it('keeps a window asked for before the width is known', () => {
    const s = createTimelineStore(index);
    s.getState().showDomain(utc(2026, 4, 1), utc(2026, 4, 15));
    expect(s.getState().pendingDomain).toEqual([utc(2026, 4, 1), utc(2026, 4, 15)]);
    s.getState().setWidth(1000);
    expectWindow(selectDomain(s.getState()), [utc(2026, 4, 1), utc(2026, 4, 15)]);
  });
});

describe('the actor filter', () => {
  it('shows every event at first', () => {
    expect(visibleIds()).toEqual(['first', 'second', 'third']);
  });

  it('keeps an event while any of its actors is shown', () => {
    state().toggleActor('globex');
    expect(state().activeActors).toEqual(['acme']);
    expect(visibleIds()).toEqual(['first', 'second', 'third']);
    state().toggleActor('acme');
    expect(state().activeActors).toEqual([]);
    expect(visibleIds()).toEqual([]);
  });

  it('goes back to "all" (null) when every actor is on again', () => {
    state().toggleActor('acme');
    expect(visibleIds()).toEqual(['second']);
    state().toggleActor('acme');
    expect(state().activeActors).toBeNull();
    expect(visibleIds()).toEqual(['first', 'second', 'third']);
  });

  it('keeps the story’s actor order whatever the click order', () => {
    state().showNoActors();
    state().toggleActor('globex');
    state().toggleActor('acme');
    expect(state().activeActors).toBeNull();
    state().showNoActors();
    state().toggleActor('globex');
    expect(state().activeActors).toEqual(['globex']);
  });

  it.each([
    [
      'showOnlyActor(globex)',
      (s: TimelineStore) => s.getState().showOnlyActor('globex'),
      ['second'],
    ],
    [
      'showOnlyActor(acme)',
      (s: TimelineStore) => s.getState().showOnlyActor('acme'),
      ['first', 'second', 'third'],
    ],
    ['showNoActors', (s: TimelineStore) => s.getState().showNoActors(), []],
    [
      'showAllActors after none',
      (s: TimelineStore) => {
        s.getState().showNoActors();
        s.getState().showAllActors();
      },
      ['first', 'second', 'third'],
    ],
  ])('%s shows %j', (_name, act, expected) => {
    act(store);
    expect(visibleIds()).toEqual(expected);
  });
});

describe('selection', () => {
  it('selects and focuses an event; clearing keeps the focus', () => {
    state().selectEvent('second');
    expect(state().selectedId).toBe('second');
    expect(state().focusedId).toBe('second');
    state().selectEvent(null);
    expect(state().selectedId).toBeNull();
    expect(state().focusedId).toBe('second');
  });

  it('pans a far event into view when asked to reveal it', () => {
    state().showDomain(utc(2026, 2, 1), utc(2026, 2, 15));
    const width = domain()[1] - domain()[0];
    state().selectEvent('third', { reveal: true });
    const [a, b] = domain();
    const mid = utc(2026, 4, 25) + DAY_MS / 2;
    expect(a).toBeLessThan(mid);
    expect(b).toBeGreaterThan(mid);
    // It pans; it does not zoom out.
    expect(b - a).toBeCloseTo(width, -4);
  });

  it('does not move the view for an event already in view', () => {
    state().showDomain(utc(2026, 4, 10), utc(2026, 5, 10));
    const view = state().view;
    state().selectEvent('third', { reveal: true });
    expect(state().view).toBe(view);
  });

  it('does not move the view without reveal', () => {
    state().showDomain(utc(2026, 2, 1), utc(2026, 2, 15));
    const view = state().view;
    state().selectEvent('third');
    expect(state().view).toBe(view);
  });

  it('reveals a focused event too', () => {
    state().showDomain(utc(2026, 4, 20), utc(2026, 4, 30));
    state().focusEvent('first', { reveal: true });
    const [a, b] = domain();
    expect(state().focusedId).toBe('first');
    expect(a).toBeLessThan(utc(2026, 2, 15));
    expect(b).toBeGreaterThan(utc(2026, 2, 15));
  });

  it('sets highlighted events and clears them', () => {
    state().setHighlighted(['first', 'third']);
    expect(state().highlightedIds).toEqual(['first', 'third']);
    state().setHighlighted([]);
    expect(state().highlightedIds).toEqual([]);
  });
});
