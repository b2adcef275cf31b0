import { useLayoutEffect, type RefObject } from 'react';
import type { TimelineStore } from '../store';
import type { View } from '../timeline/zoom';

interface HotNode {
  el: SVGGElement;
  x0: number;
  x1: number;
  y: number;
  bar: SVGRectElement | null;
  minW: number;
}

/**
 * Moves marks during zoom and pan without a React render: layout is computed per zoom level
 * (`levelK`); between levels each mark's transform (and a bar's width) is set directly.
 * Nodes opt in with `data-x0`, `data-x1`, `data-y`; a bar child has `data-bar`.
 */
export function useHotMarks(
  layerRef: RefObject<SVGGElement | null>,
  store: TimelineStore,
  levelK: number,
  renderKey: unknown,
): void {
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const nodes: HotNode[] = [];
    layer.querySelectorAll<SVGGElement>('[data-x0]').forEach((el) => {
      const bar = el.querySelector<SVGRectElement>('[data-bar]');
      nodes.push({
        el,
        x0: Number(el.dataset.x0),
        x1: Number(el.dataset.x1),
        y: Number(el.dataset.y ?? 0),
        bar,
        minW: Number(bar?.dataset.minw ?? 0),
      });
    });
    const apply = (view: View) => {
      const s = view.k / levelK;
      for (const n of nodes) {
        n.el.setAttribute('transform', `translate(${n.x0 * s + view.x},${n.y})`);
        if (n.bar) n.bar.setAttribute('width', String(Math.max(n.minW, (n.x1 - n.x0) * s)));
      }
    };
    apply(store.getState().view);
    return store.subscribe((st, prev) => {
      if (st.view !== prev.view) apply(st.view);
    });
  }, [layerRef, store, levelK, renderKey]);
}
