/** How time is laid along the axis: true time, empty stretches shortened, or event by event. */
export type ScaleKind = 'linear' | 'breaks' | 'sequence';
export const SCALE_KINDS: readonly ScaleKind[] = ['linear', 'breaks', 'sequence'];

export function isScaleKind(s: unknown): s is ScaleKind {
  return s === 'linear' || s === 'breaks' || s === 'sequence';
}

/** A stretch of time with no event, drawn much shorter than it is. */
export interface TimeBreak {
  fromMs: number;
  toMs: number;
}

/**
 * A stretch of time drawn `factor` times longer than the scale around it: where the phone's
 * rail gives crowded dates room for their titles.
 */
export interface TimeStretch {
  fromMs: number;
  toMs: number;
  factor: number;
}

/**
 * A monotone, piecewise-linear map from time (ms) to "warped time" u; pixels are linear in u,
 * so d3-zoom's `rescaleX` zooms it like any linear scale, and inside each piece time stays
 * true. The identity (no knots) is true time.
 */
export interface Warp {
  kind: ScaleKind;
  /** Knots, both strictly increasing. */
  ms: readonly number[];
  u: readonly number[];
  /** Slopes du/dms before the first knot and after the last. */
  outSlope: readonly [number, number];
  breaks: readonly TimeBreak[];
  /** The narrowest stretch of u the deepest zoom shows. */
  minVisibleU: number;
  /** In a sequence, its dates (the knots, unless stretches added more). */
  dates?: readonly number[];
  /** In a sequence, whether each date is known to the day (else it is a best guess). */
  exact?: readonly boolean[];
  /** Stretches drawn longer than the scale around them (the phone's rail). */
  stretches?: readonly TimeStretch[];
  /** In a sequence, whether each knot is a time of day (named by its clock, not its day). */
  timed?: readonly boolean[];
}

export const DAY_MS = 86_400_000;
/** The deepest zoom shows about this much time across the view. */
export const MIN_VISIBLE_MS = 3 * DAY_MS;
/** In a story with times of day, the deepest zoom shows this much: minutes apart. */
export const MIN_VISIBLE_TIMED_MS = 20 * 60_000;

/** Whether a span is written to the minute: a time, or a range with a timed end. */
export const isTimedSpan = (s: { startMs: number; endMs: number; precision?: string }): boolean =>
  s.precision === 'time' || s.startMs % DAY_MS !== 0 || s.endMs % DAY_MS !== 0;

export const IDENTITY_WARP: Warp = {
  kind: 'linear',
  ms: [],
  u: [],
  outSlope: [1, 1],
  breaks: [],
  minVisibleU: MIN_VISIBLE_MS,
};

/** Index of the last knot at or before v (−1 before the first). */
function lastAtOrBefore(knots: readonly number[], v: number): number {
  let lo = 0;
  let hi = knots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((knots[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function through(
  from: readonly number[],
  to: readonly number[],
  slope: readonly [number, number],
  v: number,
): number {
  const n = from.length;
  if (n === 0) return v;
  const i = lastAtOrBefore(from, v);
  if (i < 0) return (to[0] as number) + (v - (from[0] as number)) * slope[0];
  if (i >= n - 1) return (to[n - 1] as number) + (v - (from[n - 1] as number)) * slope[1];
  const f0 = from[i] as number;
  const t0 = to[i] as number;
  return t0 + ((v - f0) * ((to[i + 1] as number) - t0)) / ((from[i + 1] as number) - f0);
}

/** Time to warped time. */
export function warpForward(w: Warp, ms: number): number {
  return through(w.ms, w.u, w.outSlope, ms);
}

/** Warped time back to time. */
export function warpInverse(w: Warp, u: number): number {
  return through(w.u, w.ms, [1 / w.outSlope[0], 1 / w.outSlope[1]], u);
}

/**
 * Breaks as a warp: each break is drawn `breakU` long; time elsewhere is true (slope 1).
 * Breaks must be sorted, apart and non-empty.
 */
export function breaksWarp(breaks: readonly TimeBreak[], breakU: number): Warp {
  if (breaks.length === 0) return IDENTITY_WARP;
  const ms: number[] = [];
  const u: number[] = [];
  let shift = 0;
  for (const b of breaks) {
    ms.push(b.fromMs, b.toMs);
    u.push(b.fromMs - shift, b.fromMs - shift + breakU);
    shift += b.toMs - b.fromMs - breakU;
  }
  return { ...IDENTITY_WARP, kind: 'breaks', ms, u, breaks };
}

/** One step of u between neighbouring dates in a sequence; any unit would do. */
export const SEQUENCE_STEP_U = DAY_MS;

/**
 * Distinct dates, evenly spaced in order; beyond the ends the neighbouring gap's pace holds.
 * `exactMs` names the dates known to the day.
 */
export function sequenceWarp(
  datesMs: readonly number[],
  exactMs: ReadonlySet<number> = new Set(),
  timedMs: ReadonlySet<number> = new Set(),
): Warp {
  const ms = [...new Set(datesMs)].sort((a, b) => a - b);
  if (ms.length < 2) return { ...IDENTITY_WARP, kind: 'sequence' };
  const u = ms.map((_, i) => i * SEQUENCE_STEP_U);
  const n = ms.length;
  const first = SEQUENCE_STEP_U / ((ms[1] as number) - (ms[0] as number));
  const last = SEQUENCE_STEP_U / ((ms[n - 1] as number) - (ms[n - 2] as number));
  return {
    kind: 'sequence',
    ms,
    u,
    outSlope: [first, last],
    breaks: [],
    minVisibleU: 1.5 * SEQUENCE_STEP_U,
    dates: ms,
    exact: ms.map((m) => exactMs.has(m)),
    ...(timedMs.size > 0 ? { timed: ms.map((m) => timedMs.has(m)) } : {}),
  };
}

/**
 * A warp with `extraU` added from each of `atMs` on (piecewise linear between them, constant
 * after the last): stretches of time drawn longer, time elsewhere as in `base`. The knots are
 * the union of both, so between any two the sum stays linear.
 */
export function stretchWarp(
  base: Warp,
  atMs: readonly number[],
  extraU: readonly number[],
  stretches: readonly TimeStretch[],
): Warp {
  if (atMs.length === 0) return base;
  const ms = [...new Set([...base.ms, ...atMs])].sort((a, b) => a - b);
  const extra = (v: number) => through(atMs, extraU, [0, 0], v);
  const u = ms.map((v) => warpForward(base, v) + extra(v));
  const dates = base.dates ?? (base.kind === 'sequence' ? base.ms : null);
  return { ...base, ms, u, stretches, ...(dates ? { dates } : {}) };
}
