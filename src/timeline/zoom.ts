import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeScale } from './timeScale';
import { warpForward } from './warp';

/** The zoom state we keep: scale and x translation (we pan on x only). Serialisable. */
export interface View {
  k: number;
  x: number;
}

export const IDENTITY_VIEW: View = { k: 1, x: 0 };

/** The factor one press of a zoom button or the `+`/`-` key zooms by. */
export const ZOOM_STEP = 1.6;

/**
 * Whether a view shows less than the whole story. A hair above 1 counts as whole: wheel and
 * pinch gestures settle at k = 1.00000x, which looks (and links) the same as the whole story.
 */
export function isZoomed(view: Pick<View, 'k'>): boolean {
  return view.k > 1.0001;
}

export function toZoomTransform(view: View): ZoomTransform {
  return zoomIdentity.translate(view.x, 0).scale(view.k);
}

/** The scale that maps time to pixels for this view, derived from the base scale. */
export function viewScale(base: TimeScale, view: View): TimeScale {
  return toZoomTransform(view).rescaleX(base);
}

/** The largest k: the whole base domain divided by the narrowest window we allow. */
export function maxZoom(base: TimeScale): number {
  const [a = 0, b = 0] = base.domain().map(Number);
  const w = base.warp;
  return Math.max(1, (warpForward(w, b) - warpForward(w, a)) / w.minVisibleU);
}

/** Keeps k within [1, maxK] and the view inside the base range, as d3-zoom's extents would. */
export function clampView(view: View, widthPx: number, maxK: number): View {
  const k = Math.min(maxK, Math.max(1, Number.isFinite(view.k) ? view.k : 1));
  const minX = widthPx * (1 - k);
  const x = Math.min(0, Math.max(minX, Number.isFinite(view.x) ? view.x : 0));
  return { k, x };
}

/** The view that shows [fromMs, toMs] across the full width. */
export function domainToView(base: TimeScale, fromMs: number, toMs: number): View {
  const [r0 = 0, r1 = 1] = base.range();
  const widthPx = r1 - r0;
  const a = base(fromMs);
  const b = base(toMs);
  const k = widthPx / Math.max(1e-9, b - a);
  return { k, x: -a * k };
}

/** The visible window [fromMs, toMs] of a view. */
export function viewToDomain(base: TimeScale, view: View): [number, number] {
  const [r0 = 0, r1 = 1] = base.range();
  const s = viewScale(base, view);
  // To the second: through a shortened stretch, float error can leave a window a millisecond
  // short of the day it was asked to start on.
  const sec = (d: Date) => Math.round(d.getTime() / 1000) * 1000;
  return [sec(s.invert(r0)), sec(s.invert(r1))];
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
