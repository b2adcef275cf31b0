import { useContext, useLayoutEffect, useState, type RefObject } from 'react';
import { PrerenderContext } from '../prerender/context';

/** The element's content width in px, kept current with a ResizeObserver. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  // Prerendered at build time, the timeline is drawn for a chosen width; in a browser, 0 until
  // measured.
  const prerender = useContext(PrerenderContext);
  const [width, setWidth] = useState(prerender?.trackPx ?? 0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(Math.round(el.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.round(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
