import { useLayoutEffect, type RefObject } from 'react';
import type { TimelineStore } from '../store';

/** Zoomed out this far past the layout's level, titles laid out for it would overlap. */
export const CROWDED_DRIFT = 0.85;

/**
 * While a zoom-out runs ahead of the label layout (useLayoutLevel waits for the gesture to
 * pause), the titles are hidden and only the marks move; they return with the new layout. A
 * class on the layer, set directly: no React render during the gesture.
 */
export function useQuietLabels(
  layerRef: RefObject<SVGGElement | null>,
  store: TimelineStore,
  levelK: number,
): void {
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const apply = (k: number) =>
      layer.classList.toggle('marks--crowded', k / levelK < CROWDED_DRIFT);
    apply(store.getState().view.k);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.view.k !== prev.view.k) apply(s.view.k);
    });
    return () => {
      unsubscribe();
      layer.classList.remove('marks--crowded');
    };
  }, [layerRef, store, levelK]);
}
