import { useContext, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { PrerenderContext } from './prerenderContext';
import { WIDE_DESK } from './useMediaQuery';

/**
 * The width of the build-time picture's timeline track, while the picture is on screen (the
 * app is about to draw the same view in the same place); else 0.
 */
export function pictureTrackWidth(): number {
  if (typeof document === 'undefined') return 0;
  for (const el of document.querySelectorAll('.prerender .track')) {
    const w = Math.round(el.getBoundingClientRect().width);
    if (w > 0) return w;
  }
  return 0;
}

/**
 * The width the timeline's track will have on a story page about to replace the loading page
 * (a `?data=` story): that page is laid out already, in the same `.page` box as the story's;
 * `beside`, the desk's details column and its gap take their share. Else 0.
 */
export function loadingPageTrackWidth(beside: boolean): number {
  if (typeof document === 'undefined') return 0;
  const page = document.querySelector('.page.loading');
  if (!page) return 0;
  const style = getComputedStyle(page);
  let w = page.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  if (beside) {
    const root = getComputedStyle(document.documentElement);
    w -= parseFloat(root.getPropertyValue('--details-column'));
    w -= parseFloat(root.getPropertyValue('--details-gap'));
  }
  return Number.isFinite(w) && w > 0 ? Math.round(w) : 0;
}

/**
 * The timeline track's width before the page that holds it is laid out: the build-time
 * picture's, else the loading page's; else 0 (measured then).
 */
export function trackWidthGuess(): number {
  if (typeof window === 'undefined') return 0;
  const wide = typeof window.matchMedia === 'function' && window.matchMedia(WIDE_DESK).matches;
  return pictureTrackWidth() || loadingPageTrackWidth(wide);
}

/**
 * The element's content width in px, kept current with a ResizeObserver. `initial` guesses it
 * before the element exists: with the right guess the first render already draws the timeline,
 * instead of an empty one that the first measurement then redraws.
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  initial: () => number = () => 0,
): number {
  // Prerendered at build time, the timeline is drawn for a chosen width; in a browser, the
  // guess (or 0) until measured.
  const prerender = useContext(PrerenderContext);
  const [width, setWidth] = useState(() => prerender?.trackPx ?? initial());
  const guessed = useRef(width > 0);
  /** The width last drawn or asked for: a report of it needs no render. */
  const drawn = useRef(width);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // With a guess, the observer's first report (once the page is laid out for its first frame,
    // before it is painted) confirms it or redraws at once: no layout of the whole new page
    // forced in the commit that drew it. Without one, measured now, so that the first frame
    // already draws the timeline.
    if (!guessed.current || typeof ResizeObserver === 'undefined') {
      drawn.current = Math.round(el.getBoundingClientRect().width);
      setWidth(drawn.current);
    }
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w === undefined || Math.round(w) === drawn.current) return;
      drawn.current = Math.round(w);
      // In this frame, not the next: a wrong guess is never painted.
      flushSync(() => setWidth(drawn.current));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
