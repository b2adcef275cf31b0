import { anchorsOf, chooseBreaks } from './breaks';
import { createTimeScale, type TimeScale } from './timeScale';
import {
  breaksWarp,
  DAY_MS,
  IDENTITY_WARP,
  MIN_VISIBLE_TIMED_MS,
  sequenceWarp,
  warpForward,
  warpInverse,
  type ScaleKind,
  type Warp,
} from './warp';
import { type EventSpan } from '../data/dateParse';
import { rangeOf, spanRangeOf } from './spanRange';

/**
 * The time span of a story with a margin on both sides, so edge events are not cut; the right
 * one is wider, so the latest events' titles have room to run right of their marks.
 */
export function storyExtent(
  spans: readonly { startMs: number; endMs: number; precision?: string }[],
  marginRatio = 0.04,
  rightRatio = 0.12,
): [number, number] {
  const { lo, hi, timed } = rangeOf(spans);
  return extentAround(lo, hi, timed, marginRatio, rightRatio);
}

/**
 * `storyExtent` of spans whose earliest start is `lo` and latest end `hi`, `timed` if any is
 * (isTimedSpan): for a caller that has read them in a pass of its own (the story index).
 */
export function extentAround(
  lo: number,
  hi: number,
  timed: boolean,
  marginRatio = 0.04,
  rightRatio = 0.12,
): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    const now = Date.UTC(2026, 0, 1);
    return [now, now + 30 * DAY_MS];
  }
  // A day's times are seen at their own scale: a story of one evening is not a week wide.
  const span = Math.max(hi - lo, timed ? (MIN_VISIBLE_TIMED_MS * 7) / 3 : 7 * DAY_MS);
  const margin = span * marginRatio;
  return [lo - margin, lo + span + span * rightRatio];
}

/** In a story with times, a quiet stretch of this long is worth a break ("5 hours"). */
const TIMED_MIN_GAP_MS = 2 * 3_600_000;

/** A shortened stretch is drawn this long at the opening view. */
export const BREAK_PX = 48;

/**
 * The base scale (the whole story across `lengthPx`) for a kind of scale. Margins are taken in
 * warped time, so every kind leaves the same share of the width for edge titles.
 */
export function createStoryScale(
  spans: ReadonlyMap<string, EventSpan>,
  kind: ScaleKind,
  lengthPx: number,
  marginRatio = 0.04,
  rightRatio = 0.12,
): TimeScale {
  const length = Math.max(1, lengthPx);
  const range = spanRangeOf(spans);
  let { lo, hi } = range;
  const { timed } = range;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = Date.UTC(2026, 0, 1);
    hi = lo + 30 * DAY_MS;
  }
  // With times of day the deepest zoom shows minutes; stories of days keep their zoom limit.
  const clock = (w: Warp): Warp => (timed ? { ...w, minVisibleU: MIN_VISIBLE_TIMED_MS } : w);
  let warp: Warp = clock(IDENTITY_WARP);
  if (kind === 'sequence') {
    const a = anchorsOf(spans);
    warp = sequenceWarp(a.points, a.exact, a.timed);
  }
  if (kind === 'breaks') {
    const f = 1 + marginRatio + rightRatio;
    // Breaks take at most a quarter of the width.
    const maxBreaks = Math.floor((0.25 * length) / (f * BREAK_PX));
    const breaks = chooseBreaks(anchorsOf(spans), {
      maxBreaks,
      ...(timed ? { minGapMs: TIMED_MIN_GAP_MS } : {}),
    });
    const kept = breaks.reduce((sum, b) => sum - (b.toMs - b.fromMs), hi - lo);
    const breakU = (f * BREAK_PX * kept) / (length - f * breaks.length * BREAK_PX);
    warp = clock(breaksWarp(breaks, breakU));
    // A story that shortened would be under a week long keeps true time (and no break).
    const shortened = warpForward(warp, hi) - warpForward(warp, lo);
    if (warp.breaks.length === 0 || shortened < (warp.minVisibleU * 7) / 3)
      warp = clock({ ...IDENTITY_WARP, kind: 'breaks' });
  }
  const uLo = warpForward(warp, lo);
  const span = Math.max(warpForward(warp, hi) - uLo, (warp.minVisibleU * 7) / 3);
  const domain: [number, number] = [
    warpInverse(warp, uLo - span * marginRatio),
    warpInverse(warp, uLo + span + span * rightRatio),
  ];
  return createTimeScale(warp, domain, [0, length]);
}

/** The linear base scale over an extent. No rangeRound: it would spoil `invert` (d3-zoom docs). */
export function createBaseScale(extent: readonly [number, number], widthPx: number): TimeScale {
  return createTimeScale(IDENTITY_WARP, extent, [0, Math.max(1, widthPx)]);
}
