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
  /** A bar's label that stays in view while the bar does, and how wide it is. */
  label: SVGTextElement | null;
  labelDx: number;
  labelPx: number;
  /** The label's current x, so the DOM is touched only when it moves. */
  slide: number;
}

/** Keeps a sticky label this far from the view's left edge. */
const STICKY_INSET_PX = 4;

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
      const label = el.querySelector<SVGTextElement>('[data-sticky]');
      nodes.push({
        el,
        x0: Number(el.dataset.x0),
        x1: Number(el.dataset.x1),
        y: Number(el.dataset.y ?? 0),
        bar,
        minW: Number(bar?.dataset.minw ?? 0),
        label,
        labelDx: Number(label?.dataset.dx ?? 0),
        labelPx: Number(label?.dataset.sticky ?? 0),
        slide: NaN,
      });
    });
    const apply = (view: View) => {
      const s = view.k / levelK;
      for (const n of nodes) {
        const left = n.x0 * s + view.x;
        const width = (n.x1 - n.x0) * s;
        n.el.setAttribute('transform', `translate(${left},${n.y})`);
        if (n.bar) n.bar.setAttribute('width', String(Math.max(n.minW, width)));
        if (n.label) {
          // Within the stretch of its row the layout keeps for this mark (its label's place
          // to the end of its bar), so it never runs into a neighbour.
          const x = Math.min(
            Math.max(n.labelDx, STICKY_INSET_PX - left),
            Math.max(n.labelDx, width - n.labelPx),
          );
          if (x !== n.slide) {
            n.slide = x;
            n.label.setAttribute('x', String(x));
          }
        }
      }
    };
    apply(store.getState().view);
    return store.subscribe((st, prev) => {
      if (st.view !== prev.view) apply(st.view);
    });
  }, [layerRef, store, levelK, renderKey]);
}
