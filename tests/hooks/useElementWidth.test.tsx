import { act, renderHook } from '@testing-library/react';
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

  it('renders again only for a report of a width other than the one drawn', () => {
    // An observer the test reports through, as the browser would: after the first frame too.
    const reports: ((widthPx: number) => void)[] = [];
    const real = window.ResizeObserver;
    window.ResizeObserver = class implements ResizeObserver {
      constructor(callback: ResizeObserverCallback) {
        reports.push((w) => {
          const contentRect = new DOMRect(0, 0, w, 400);
          const entry = { contentRect } as ResizeObserverEntry;
          callback([entry], this);
        });
      }
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
    try {
      const ref = { current: document.createElement('div') };
      let renders = 0;
      const { result } = renderHook(() => {
        renders += 1;
        return useElementWidth(ref, () => 640);
      });
      const report = (w: number) => act(() => reports.forEach((r) => r(w)));
      const drawn = renders;
      report(640);
      report(640.2);
      expect(renders).toBe(drawn);
      report(800);
      expect(result.current).toBe(800);
      const resized = renders;
      report(800);
      report(800);
      expect(renders).toBe(resized);
    } finally {
      window.ResizeObserver = real;
    }
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
