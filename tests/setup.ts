import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';

afterEach(() => cleanup());
// A test that asserts nothing passes whatever the code does: every test must assert something.
beforeEach(() => expect.hasAssertions());

// jsdom has no layout. The stubs below are installed only where jsdom lacks the API, so tests
// that bring their own fakes (tests/embed) are unaffected.

declare global {
  /** The content width, in px, that the ResizeObserver stub reports; 1000 unless a test sets it. */
  var testLayoutWidthPx: number | undefined;
}

const layoutWidthPx = () => globalThis.testLayoutWidthPx ?? 1000;

if (typeof window !== 'undefined') {
  if (typeof window.ResizeObserver === 'undefined') {
    /** Reports one observation of the test layout width, synchronously, as soon as it observes. */
    class StubResizeObserver implements ResizeObserver {
      readonly #callback: ResizeObserverCallback;
      constructor(callback: ResizeObserverCallback) {
        this.#callback = callback;
      }
      observe(target: Element): void {
        const contentRect = new DOMRect(0, 0, layoutWidthPx(), 400);
        const entry = {
          target,
          contentRect,
          borderBoxSize: [],
          contentBoxSize: [],
          devicePixelContentBoxSize: [],
        } satisfies ResizeObserverEntry;
        this.#callback([entry], this);
      }
      unobserve(): void {}
      disconnect(): void {}
    }
    window.ResizeObserver = StubResizeObserver;
  }

  if (typeof window.matchMedia === 'undefined') {
    // `(min-width: N px)` is answered from the test layout width; everything else (dark
    // scheme, reduced motion) does not match.
    window.matchMedia = (query: string): MediaQueryList => {
      const min = /min-width:\s*(\d+)px/.exec(query);
      const matches = min ? layoutWidthPx() >= Number(min[1]) : false;
      const list: MediaQueryList = {
        matches,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      };
      return list;
    };
  }
}

// The event details load their record (figures, disagreements, media) lazily, on every event
// shown. Loaded here once per test file, so a test that ends before React has resolved it does
// not leave a module load running after the environment is torn down (an unhandled error that
// fails the whole run).
if (typeof window !== 'undefined') await import('../src/components/EventRecord');
