import { durationLabel } from './breaks';
import type { TimeScale } from './timeScale';

/** A shortened stretch as the axis draws it. */
export interface AxisBreak {
  x0: number;
  x1: number;
  /** The time it starts at. */
  fromMs: number;
  label: string;
  /** Wide enough (zoomed into) to carry ticks of its own. */
  open: boolean;
}

/** A closed break wider than this (zoomed into) shows its own ticks. */
export const OPEN_BREAK_PX = 160;

/** The visible breaks of a scale, in pixels, with the time each skips. */
export function axisBreaks(scale: TimeScale): AxisBreak[] {
  const [d0 = 0, d1 = 0] = scale.domain().map(Number);
  return scale.warp.breaks
    .filter((b) => b.toMs > d0 && b.fromMs < d1)
    .map((b) => {
      const x0 = scale(b.fromMs);
      const x1 = scale(b.toMs);
      return {
        x0,
        x1,
        fromMs: b.fromMs,
        label: durationLabel(b.toMs - b.fromMs),
        open: x1 - x0 >= OPEN_BREAK_PX,
      };
    });
}

/** The visible stretches that carry ticks: everything but closed breaks, split at every break. */
export function segmentsOf(scale: TimeScale): [number, number, boolean][] {
  const [d0 = 0, d1 = 0] = scale.domain().map(Number);
  // Each stretch says whether it starts where a closed break ends.
  const out: [number, number, boolean][] = [];
  let a = d0;
  let afterBreak = false;
  for (const b of scale.warp.breaks) {
    if (b.toMs <= d0 || b.fromMs >= d1) continue;
    if (b.fromMs > a) out.push([a, b.fromMs, afterBreak]);
    const open = scale(b.toMs) - scale(b.fromMs) >= OPEN_BREAK_PX;
    if (open) out.push([Math.max(a, b.fromMs), Math.min(d1, b.toMs), false]);
    a = Math.min(d1, b.toMs);
    afterBreak = !open;
  }
  if (d1 > a) out.push([a, d1, afterBreak]);
  return splitAtStretches(out, scale.warp.stretches ?? []);
}

/** Each stretch drawn longer is a stretch of its own, with ticks as fine as its length allows. */
function splitAtStretches(
  segments: [number, number, boolean][],
  stretches: readonly { fromMs: number; toMs: number }[],
): [number, number, boolean][] {
  if (stretches.length === 0) return segments;
  const out: [number, number, boolean][] = [];
  for (const [a, b, afterBreak] of segments) {
    let from = a;
    let first = afterBreak;
    for (const cut of stretches.flatMap((st) => [st.fromMs, st.toMs])) {
      if (cut <= from || cut >= b) continue;
      out.push([from, cut, first]);
      from = cut;
      first = false;
    }
    out.push([from, b, first]);
  }
  return out;
}
