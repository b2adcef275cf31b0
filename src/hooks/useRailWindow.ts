import { useEffect, useLayoutEffect, type RefObject } from 'react';
import type { TimelineStore } from '../store';
import { selectDomain } from '../store/selectors';
import { isZoomed } from '../timeline/zoom';
import type { TimeScale } from '../timeline/timeScale';

const MINUTE_MS = 60_000;

/**
 * The phone's rail scrolls with the page, so once zoomed (a pinch, the buttons) what the reader
 * sees is the stretch of rail on screen: it goes to the store (and so to the URL's from/to) as
 * the page scrolls. A link with from/to opens scrolled to its window's start.
 */
export function useRailWindow(
  svgRef: RefObject<SVGSVGElement | null>,
  scale: TimeScale,
  store: TimelineStore,
): void {
  useLayoutEffect(() => {
    // Once, on opening: a shared window starts at the top of the screen.
    const s = store.getState();
    const svg = svgRef.current;
    if (!svg || s.selectedId || s.storyStep !== null || !isZoomed(s.view) || s.widthPx <= 0) return;
    const [from] = selectDomain(s);
    const y = svg.getBoundingClientRect().top + window.scrollY + scale(from);
    if (Number.isFinite(y)) window.scrollTo(0, Math.max(0, y - 8));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only
  }, []);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const s = store.getState();
      if (!isZoomed(s.view)) {
        if (s.railWindow) s.setRailWindow(null);
        return;
      }
      const top = svg.getBoundingClientRect().top;
      const [r0 = 0, r1 = 0] = scale.range();
      const y0 = Math.min(r1, Math.max(r0, -top));
      const y1 = Math.min(r1, Math.max(r0, window.innerHeight - top));
      if (y1 <= y0) return;
      const next: [number, number] = [scale.invert(y0).getTime(), scale.invert(y1).getTime()];
      const prev = s.railWindow;
      if (
        prev &&
        Math.abs(prev[0] - next[0]) < MINUTE_MS &&
        Math.abs(prev[1] - next[1]) < MINUTE_MS
      )
        return;
      s.setRailWindow(next);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    onScroll();
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [svgRef, scale, store]);
}
