import type { ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

/** The zoom state we keep: scale and x translation (we pan on x only). Serialisable. */
export interface View {
  k: number;
  x: number;
}

export const IDENTITY_VIEW: View = { k: 1, x: 0 };
export const DAY_MS = 86_400_000;
/** The deepest zoom shows about this much time across the view. */
export const MIN_VISIBLE_MS = 3 * DAY_MS;

export function toZoomTransform(view: View): ZoomTransform {
  return zoomIdentity.translate(view.x, 0).scale(view.k);
}

/** The scale that maps time to pixels for this view, derived from the base scale. */
export function viewScale(base: ScaleTime<number, number>, view: View): ScaleTime<number, number> {
  return toZoomTransform(view).rescaleX(base);
}

/** The largest k: the whole base domain divided by the narrowest window we allow. */
export function maxZoom(base: ScaleTime<number, number>): number {
  const [a, b] = base.domain();
  return Math.max(1, ((b?.getTime() ?? 0) - (a?.getTime() ?? 0)) / MIN_VISIBLE_MS);
}

/** Keeps k within [1, maxK] and the view inside the base range, as d3-zoom's extents would. */
export function clampView(view: View, widthPx: number, maxK: number): View {
  const k = Math.min(maxK, Math.max(1, Number.isFinite(view.k) ? view.k : 1));
  const minX = widthPx * (1 - k);
  const x = Math.min(0, Math.max(minX, Number.isFinite(view.x) ? view.x : 0));
  return { k, x };
}

/** The view that shows [fromMs, toMs] across the full width. */
export function domainToView(base: ScaleTime<number, number>, fromMs: number, toMs: number): View {
  const [r0 = 0, r1 = 1] = base.range();
  const widthPx = r1 - r0;
  const a = base(fromMs);
  const b = base(toMs);
  const k = widthPx / Math.max(1e-9, b - a);
  return { k, x: -a * k };
}

/** The visible window [fromMs, toMs] of a view. */
export function viewToDomain(base: ScaleTime<number, number>, view: View): [number, number] {
  const [r0 = 0, r1 = 1] = base.range();
  const s = viewScale(base, view);
  return [s.invert(r0).getTime(), s.invert(r1).getTime()];
}

/** Zooms by `factor` keeping the time under pixel `atPx` where it is. */
export function zoomAround(view: View, factor: number, atPx: number): View {
  const k = view.k * factor;
  return { k, x: atPx - (atPx - view.x) * factor };
}

/**
 * Zoom levels are quantised (8 per doubling) so label layout is computed once per level,
 * not once per frame; between levels marks are only moved.
 */
export function levelOf(k: number): number {
  return Math.pow(2, Math.round(Math.log2(Math.max(1, k)) * 8) / 8);
}
