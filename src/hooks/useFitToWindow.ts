import { useLayoutEffect, type RefObject } from 'react';

/** Kept clear of the window's bottom edge, and of the top one where the column sticks. */
const MARGIN_PX = 12;
/** A column never shorter than this, however far down the page it starts. */
const MIN_PX = 240;

/**
 * Writes `--fit-height` on the element: the height from where it starts on the page (scrolled
 * to the top) to the bottom of the window. The desk's details column takes at most that, so it
 * fits the first screen and scrolls on its own; being sticky, it stays whole as the page
 * scrolls. Measured again when the window or the page above it changes size.
 */
export function useFitToWindow(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !enabled) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      const fit = Math.max(MIN_PX, window.innerHeight - Math.max(top, MARGIN_PX) - MARGIN_PX);
      el.style.setProperty('--fit-height', `${Math.round(fit)}px`);
    };
    window.addEventListener('resize', measure);
    // A notice dismissed or the story's panel opened above it moves where the column starts.
    // The observer's first report comes once the page is laid out for its first frame, before
    // that frame is painted: measured then, not by forcing a layout of the whole new page in the
    // commit that drew it.
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    if (ro) ro.observe(document.documentElement);
    else measure();
    return () => {
      window.removeEventListener('resize', measure);
      ro?.disconnect();
      el.style.removeProperty('--fit-height');
    };
  }, [ref, enabled]);
}
