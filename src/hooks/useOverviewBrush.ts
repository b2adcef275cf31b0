import { useEffect, type RefObject } from 'react';
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { TimelineStore } from '../store';
import { selectBaseScale, selectDomain } from '../store/selectors';

/**
 * The overview's brush: dragging or resizing it sets the main view's window; zooming the
 * main view moves it. The overview spans the whole story at the same width as the main view,
 * so it shares the base scale. d3-brush arrives in a chunk of its own, just after the first
 * view has painted: the strip is drawn without it, and nobody drags in the first milliseconds.
 */
export function useOverviewBrush(
  gRef: RefObject<SVGGElement | null>,
  store: TimelineStore,
  widthPx: number,
  heightPx: number,
): void {
  useEffect(() => {
    const g = gRef.current;
    if (!g || widthPx <= 0) return;
    let live = true;
    let stop = () => {};
    void import('d3-brush').then(({ brushX }) => {
      if (live) stop = attach(g, brushX<unknown>(), store, widthPx, heightPx);
    });
    return () => {
      live = false;
      stop();
    };
  }, [gRef, store, widthPx, heightPx]);
}

function attach(
  g: SVGGElement,
  brush: BrushBehavior<unknown>,
  store: TimelineStore,
  widthPx: number,
  heightPx: number,
): () => void {
  let brushing = false;
  brush
    .extent([
      [0, 0],
      [widthPx, heightPx],
    ])
    .on('start', (event: D3BrushEvent<unknown>) => {
      if (event.sourceEvent) brushing = true;
    })
    .on('brush end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      if (event.type === 'end') brushing = false;
      const s = store.getState();
      const base = selectBaseScale(s);
      const sel = event.selection as [number, number] | null;
      if (!sel) {
        if (event.type === 'end') s.resetView();
        return;
      }
      s.showDomain(base.invert(sel[0]).getTime(), base.invert(sel[1]).getTime());
    });
  const sel = select(g);
  sel.call(brush);
  const sync = () => {
    // Moving the brush under the reader's pointer would fight the gesture.
    if (brushing) return;
    const s = store.getState();
    const base = selectBaseScale(s);
    const [a, b] = selectDomain(s);
    sel.call(brush.move, [Math.max(0, base(a)), Math.min(widthPx, base(b))]);
  };
  sync();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.view !== prev.view || s.widthPx !== prev.widthPx) sync();
  });
  return () => {
    unsubscribe();
    sel.on('.brush', null);
  };
}
