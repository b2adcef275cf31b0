import { durationLabel } from './breaks';
import type { TimeScale } from './timeScale';

/** A shortened stretch as the axis draws it. */
export interface AxisBreak {
  x0: number;
  x1: number;
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
      return { x0, x1, label: durationLabel(b.toMs - b.fromMs), open: x1 - x0 >= OPEN_BREAK_PX };
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
  return out;
}
