import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexStory } from '../../src/timeline/storyIndex';
import { createTimelineStore, type TimelineStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { makeStory } from '../fixtures/story';

let store: TimelineStore;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/story/');
  store = createTimelineStore(indexStory(makeStory()));
  store.getState().setWidth(1000);
  stop = startUrlSync(store, window);
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('startUrlSync', () => {
  it('pushes a history entry for a selection, so Back returns to the previous one', () => {
    const before = window.history.length;
    store.getState().selectEvent('second');
    // Written after the next paint, not in the tap's own frame.
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(50);
    expect(window.location.search).toBe('?event=second');
    expect(window.history.length).toBe(before + 1);
  });

  it('keeps a selection’s history entry when a zoom follows before it is written', () => {
    const before = window.history.length;
    store.getState().selectEvent('second');
    store.getState().zoomIn();
    vi.advanceTimersByTime(200);
    expect(window.location.search).toMatch(/event=second/);
    expect(window.history.length).toBe(before + 1);
  });

  it('writes zoom and filters once they settle, replacing the entry', () => {
    const before = window.history.length;
    store.getState().zoomIn();
    store.getState().toggleActor('globex');
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(150);
    expect(window.location.search).toMatch(/^\?actors=acme&from=\d{4}-\d\d-\d\d&to=\d{4}-/);
    expect(window.history.length).toBe(before);
  });

  it('leaves the window out of the link at the whole story', () => {
    store.getState().setLanes(true);
    vi.advanceTimersByTime(150);
    expect(window.location.search).toBe('?lanes=1');
  });

  it('restores selection, filter, lanes, theme and view from the link on Back', () => {
    store.getState().zoomIn();
    store.getState().selectEvent('second');
    store.getState().setLanes(true);
    window.history.replaceState(null, '', '/story/?actors=globex&theme=dark');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState()).toMatchObject({
      selectedId: null,
      activeActors: ['globex'],
      lanes: false,
      theme: 'dark',
      storyStep: null,
      view: { k: 1, x: 0 },
    });
  });

  it('stops writing once stopped', () => {
    stop();
    store.getState().selectEvent('third');
    vi.advanceTimersByTime(200);
    expect(window.location.search).toBe('');
  });
});
