import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRIFT_OUT, useLayoutLevel, useSettled } from '../../src/hooks/useSettled';
import type { TimelineState } from '../../src/store/types';
import { levelOf } from '../../src/timeline/zoom';
import { storeAndWrapper } from '../fixtures/store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const selectK = (s: TimelineState) => s.view.k;
const same = (a: number, b: number) => a === b;

describe('useSettled', () => {
  it('takes the first change at once and the last of a burst when it ends', () => {
    const { store } = storeAndWrapper();
    const { result } = renderHook(() => useSettled(store, selectK, same, 150));
    expect(result.current).toBe(1);
    act(() => store.getState().zoomBy(2));
    expect(result.current).toBeCloseTo(2, 9);
    act(() => {
      store.getState().zoomBy(2);
      store.getState().zoomBy(2);
    });
    // Mid-burst: still the first value.
    expect(result.current).toBeCloseTo(2, 9);
    act(() => vi.advanceTimersByTime(150));
    expect(result.current).toBeCloseTo(8, 9);
  });
});

describe('useLayoutLevel', () => {
  it('waits for a pause before a small change of level', () => {
    const { store } = storeAndWrapper();
    store.getState().zoomBy(4);
    const { result } = renderHook(() => useLayoutLevel(store, 120));
    expect(result.current).toBe(levelOf(4));
    act(() => store.getState().zoomBy(1.5));
    expect(result.current).toBe(levelOf(4));
    act(() => vi.advanceTimersByTime(120));
    expect(result.current).toBe(levelOf(6));
  });

  it('follows at once when zooming out leaves the drawn marks short of the view', () => {
    const { store } = storeAndWrapper();
    store.getState().zoomBy(16);
    const { result } = renderHook(() => useLayoutLevel(store, 120));
    act(() => store.getState().zoomBy(DRIFT_OUT / 2));
    expect(result.current).toBe(levelOf(16 * (DRIFT_OUT / 2)));
  });
});
