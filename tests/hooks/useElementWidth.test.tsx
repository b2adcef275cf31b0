import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadingPageTrackWidth, useElementWidth } from '../../src/hooks/useElementSize';

afterEach(() => {
  globalThis.testLayoutWidthPx = undefined;
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
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

describe('loadingPageTrackWidth', () => {
  const loadingPage = (widthPx: number, paddingPx: number) => {
    const page = document.createElement('main');
    page.className = 'page loading';
    page.style.padding = `20px ${paddingPx}px`;
    Object.defineProperty(page, 'clientWidth', { value: widthPx });
    document.body.append(page);
  };

  it('is the loading page’s content width, less the desk’s details column and its gap', () => {
    loadingPage(1240, 20);
    document.documentElement.style.setProperty('--details-column', '340px');
    document.documentElement.style.setProperty('--details-gap', '24px');
    expect(loadingPageTrackWidth(false)).toBe(1200);
    expect(loadingPageTrackWidth(true)).toBe(836);
  });

  it('is 0 with no loading page on screen, so the track is measured instead', () => {
    expect(loadingPageTrackWidth(false)).toBe(0);
  });
});
