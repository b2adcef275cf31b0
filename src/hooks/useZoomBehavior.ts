import { useEffect, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { TimelineStore } from '../store';
import { selectMaxZoom } from '../store/selectors';
import { toZoomTransform } from '../timeline/zoom';

interface Options {
  widthPx: number;
  heightPx: number;
  /** Inside an article a plain wheel scrolls the page; Ctrl/⌘ + wheel (or pinch) zooms. */
  wheelNeedsModifier: boolean;
  onWheelWithoutModifier?: () => void;
}

/**
 * Attaches d3-zoom to the SVG. d3 keeps its own copy of the transform on the node; the store
 * is the source of truth, and programmatic changes are pushed back only when they differ, so
 * the two never drift or loop.
 */
export function useZoomBehavior(
  svgRef: RefObject<SVGSVGElement | null>,
  store: TimelineStore,
  { widthPx, heightPx, wheelNeedsModifier, onWheelWithoutModifier }: Options,
): void {
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || widthPx <= 0) return;
    const maxK = selectMaxZoom(store.getState());
    const behavior = zoom<SVGSVGElement, unknown>()
      // Explicit extents: jsdom has no layout, and an iframe may be resized at any time.
      .extent([
        [0, 0],
        [widthPx, heightPx],
      ])
      .translateExtent([
        [0, 0],
        [widthPx, heightPx],
      ])
      .scaleExtent([1, maxK])
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const w = event as WheelEvent;
          if (wheelNeedsModifier && !w.ctrlKey && !w.metaKey) {
            onWheelWithoutModifier?.();
            return false;
          }
          return true;
        }
        const m = event as MouseEvent;
        // Marks are buttons: a press on one must stay a click, not start a drag.
        if ((event.target as Element | null)?.closest?.('[data-mark]') && event.type === 'dblclick')
          return false;
        return !m.ctrlKey && !m.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!event.sourceEvent) return;
        store.getState().setView({ k: event.transform.k, x: event.transform.x });
      });
    const sel = select(svg);
    sel.call(behavior);
    // Double-click zooms at once, as the buttons and keys do: no transition (and none in the
    // build, see leanD3 in vite.config.ts).
    behavior.duration(0);
    const sync = () => {
      const { view } = store.getState();
      const t = zoomTransform(svg);
      if (Math.abs(t.k - view.k) > 1e-9 || Math.abs(t.x - view.x) > 1e-6)
        sel.call(behavior.transform, toZoomTransform(view));
    };
    sync();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.view !== prev.view) sync();
    });
    return () => {
      unsubscribe();
      sel.on('.zoom', null);
    };
  }, [svgRef, store, widthPx, heightPx, wheelNeedsModifier, onWheelWithoutModifier]);
}
