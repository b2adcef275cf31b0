import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CROWDED_DRIFT, useQuietLabels } from '../../src/hooks/useQuietLabels';
import { storeAndWrapper } from '../fixtures/store';

describe('useQuietLabels', () => {
  it('hides titles while a zoom-out runs ahead of the layout, and shows them after', () => {
    const { store } = storeAndWrapper();
    store.getState().zoomBy(4);
    const layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    const ref = { current: layer };
    const { rerender, unmount } = renderHook(({ levelK }) => useQuietLabels(ref, store, levelK), {
      initialProps: { levelK: 4 },
    });
    expect(layer.classList.contains('marks--crowded')).toBe(false);
    act(() => store.getState().zoomBy(CROWDED_DRIFT * 0.9));
    expect(layer.classList.contains('marks--crowded')).toBe(true);
    // The layout catches up with the view.
    rerender({ levelK: store.getState().view.k });
    expect(layer.classList.contains('marks--crowded')).toBe(false);
    act(() => store.getState().zoomBy(0.5));
    expect(layer.classList.contains('marks--crowded')).toBe(true);
    unmount();
    expect(layer.classList.contains('marks--crowded')).toBe(false);
  });
});
