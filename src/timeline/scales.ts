import { scaleUtc, type ScaleTime } from 'd3-scale';
import { DAY_MS } from './zoom';

/**
 * The time span of a story with a margin on both sides, so edge events are not cut; the right
 * one is wider, so the latest events' titles have room to run right of their marks.
 */
export function storyExtent(
  spans: readonly { startMs: number; endMs: number }[],
  marginRatio = 0.04,
  rightRatio = 0.12,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    if (s.startMs < lo) lo = s.startMs;
    if (s.endMs > hi) hi = s.endMs;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    const now = Date.UTC(2026, 0, 1);
    return [now, now + 30 * DAY_MS];
  }
  const span = Math.max(hi - lo, 7 * DAY_MS);
  const margin = span * marginRatio;
  return [lo - margin, lo + span + span * rightRatio];
}

/**
 * The base scale: extent to [0, width]. No rangeRound: it would spoil `invert` under zoom
 * (d3-zoom docs).
 */
export function createBaseScale(
  extent: readonly [number, number],
  widthPx: number,
): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(extent[0]), new Date(extent[1])])
    .range([0, Math.max(1, widthPx)]);
}

/**
 * The base scale as a plain function of milliseconds, for loops over every event: d3's scale
 * coerces and bisects on each call. The same arithmetic as d3's two-point time scale (normalise,
 * then interpolate), so the pixels are identical.
 */
export function pixelsOf(base: ScaleTime<number, number>): (ms: number) => number {
  const [d0, d1] = base.domain().map(Number) as [number, number];
  const [r0, r1] = base.range() as [number, number];
  const span = d1 - d0;
  if (!span) return (ms) => base(ms);
  return (ms) => {
    const t = (ms - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}
