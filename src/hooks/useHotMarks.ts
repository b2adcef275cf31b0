import { useLayoutEffect, type RefObject } from 'react';
import type { TimelineStore } from '../store';
import type { View } from '../timeline/zoom';

interface HotNode {
  el: SVGGElement;
  ax: number;
  x0: number;
  x1: number;
  y: number;
  /** A span's bar or whisker, stretched with the zoom. */
  span: SVGRectElement | null;
}

/**
 * Moves marks during zoom and pan without a React render: layout is computed per zoom level
 * (`levelK`); between levels each mark's transform (and a span's width) is set directly, and
 * the text stays beside its mark. Nodes opt in with `data-ax`, `data-x0`, `data-x1`, `data-y`;
 * a span child has `data-span`. Clusters (no `data-ax`) use `data-x0` as their centre.
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
      const x0 = Number(el.dataset.x0);
      nodes.push({
        el,
        ax: el.dataset.ax !== undefined ? Number(el.dataset.ax) : x0,
        x0,
        x1: Number(el.dataset.x1 ?? x0),
        y: Number(el.dataset.y ?? 0),
        span: el.querySelector<SVGRectElement>('[data-span]'),
      });
    });
    const apply = (view: View) => {
      const s = view.k / levelK;
      for (const n of nodes) {
        n.el.setAttribute('transform', `translate(${n.ax * s + view.x},${n.y})`);
        if (n.span) {
          n.span.setAttribute('x', String((n.x0 - n.ax) * s));
          n.span.setAttribute('width', String(Math.max(1.5, (n.x1 - n.x0) * s)));
        }
      }
    };
    apply(store.getState().view);
    return store.subscribe((st, prev) => {
      if (st.view !== prev.view) apply(st.view);
    });
  }, [layerRef, store, levelK, renderKey]);
}
