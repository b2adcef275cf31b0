import { describe, expect, it, vi } from 'vitest';
import { indexStory } from '../../src/timeline/storyIndex';
import { createTimelineStore } from '../../src/store';
import { memoOne } from '../../src/store/memo';
import { selectBaseScale, selectVisibleEvents } from '../../src/store/selectors';
import { makeStory } from '../fixtures/story';

describe('memoOne', () => {
  it('computes once per distinct argument list, remembering only the last', () => {
    const fn = vi.fn((a: number, b: object) => ({ a, b }));
    const memo = memoOne(fn);
    const b = {};
    const first = memo(1, b);
    expect(memo(1, b)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(memo(1, {})).not.toBe(first);
    expect(memo(1, b)).not.toBe(first);
    expect(fn).toHaveBeenCalledTimes(3);
  });
});

describe('selector caches', () => {
  const index = indexStory(makeStory());

  it('are per store: two stores at two widths keep their own base scales', () => {
    const narrow = createTimelineStore(index, { widthPx: 320 });
    const wide = createTimelineStore(index, { widthPx: 1280 });
    const a = selectBaseScale(narrow.getState());
    const b = selectBaseScale(wide.getState());
    expect(a.range()).toEqual([0, 320]);
    expect(b.range()).toEqual([0, 1280]);
    // Reading the other store did not evict this one's entry.
    expect(selectBaseScale(narrow.getState())).toBe(a);
    expect(selectBaseScale(wide.getState())).toBe(b);
  });

  it('hand back the same array until the filter changes', () => {
    const store = createTimelineStore(index);
    const all = selectVisibleEvents(store.getState());
    expect(all).toBe(index.events);
    store.getState().showOnlyActor('globex');
    const some = selectVisibleEvents(store.getState());
    expect(some.map((e) => e.id)).toEqual(['second']);
    store.getState().setQuery('unrelated');
    expect(selectVisibleEvents(store.getState())).toBe(some);
  });

  it('are not needed: plain fields give the same answers, uncached', () => {
    const store = createTimelineStore(index, { widthPx: 500 });
    const s = store.getState();
    const plain = { index, widthPx: 500, scaleKind: s.scaleKind };
    expect(selectBaseScale(plain).range()).toEqual(selectBaseScale(s).range());
    expect(selectVisibleEvents({ index, activeActors: ['globex'] }).map((e) => e.id)).toEqual([
      'second',
    ]);
  });
});
