import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useElementWidth } from '../../src/hooks/useElementSize';

afterEach(() => {
  globalThis.testLayoutWidthPx = undefined;
});

describe('useElementWidth', () => {
  it('reports what the ResizeObserver measures, over the guess', () => {
    globalThis.testLayoutWidthPx = 640;
    const ref = { current: document.createElement('div') };
    const { result } = renderHook(() => useElementWidth(ref, () => 320));
    expect(result.current).toBe(640);
  });

  it('keeps the guess without an element', () => {
    const ref = { current: null };
    const { result } = renderHook(() => useElementWidth(ref, () => 320));
    expect(result.current).toBe(320);
  });
});
