import { useLayoutEffect, type RefObject } from 'react';
import type { TimelineStore } from '../store';
import type { View } from '../timeline/zoom';
import type { HotSpec } from '../timeline/markItems';

interface HotNode extends Omit<HotSpec, 'key'> {
  el: SVGGElement;
  span: SVGRectElement | null;
}

/**
 * Moves marks during zoom and pan without a React render: layout is computed per zoom level
 * (`levelK`); between levels each mark's transform (and a span's width) is set directly, and
 * the text stays beside its mark. Marks, whiskers and clusters (`data-hot`) take their place
 * from `specs`, so React need not re-render a mark whose label is laid out as before when the
 * level changes; annotations, re-rendered with the view, carry `data-x0`, `data-x1`, `data-y`.
 * This hook alone sets the transform of `data-hot` nodes in the browser.
 */
export function useHotMarks(
  layerRef: RefObject<SVGGElement | null>,
  store: TimelineStore,
  levelK: number,
  specs: readonly HotSpec[],
): void {
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const byKey = new Map(specs.map((s) => [s.key, s]));
    const nodes: HotNode[] = [];
    const span = (el: Element) => el.querySelector<SVGRectElement>('[data-span]');
    layer.querySelectorAll<SVGGElement>('[data-hot]').forEach((el) => {
      const spec = byKey.get(el.dataset.hot ?? '');
      if (spec)
        nodes.push({ el, ax: spec.ax, x0: spec.x0, x1: spec.x1, y: spec.y, span: span(el) });
    });
    layer.querySelectorAll<SVGGElement>('[data-x0]').forEach((el) => {
      const x0 = Number(el.dataset.x0);
      const x1 = Number(el.dataset.x1 ?? x0);
      nodes.push({ el, ax: x0, x0, x1, y: Number(el.dataset.y ?? 0), span: span(el) });
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
  }, [layerRef, store, levelK, specs]);
}
