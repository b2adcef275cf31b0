import { IDENTITY_WARP, warpForward, warpInverse, type Warp } from './warp';

/**
 * A time scale through a warp: pixels are linear in warped time. It has what d3-zoom's
 * `rescaleX` uses (`copy`, `domain`, `range`, `invert`), so zoom derives views from it as
 * from d3's `scaleUtc`; with the identity warp it is `scaleUtc` without `ticks`.
 */
export interface TimeScale {
  (ms: number | Date): number;
  invert(px: number): Date;
  domain(): Date[];
  domain(d: readonly (Date | number | { valueOf(): number })[]): TimeScale;
  range(): number[];
  range(r: readonly number[]): TimeScale;
  copy(): TimeScale;
  readonly warp: Warp;
}

export function createTimeScale(
  warp: Warp = IDENTITY_WARP,
  domainMs: readonly [number, number] = [0, 1],
  rangePx: readonly [number, number] = [0, 1],
): TimeScale {
  let d0 = domainMs[0];
  let d1 = domainMs[1];
  let [r0, r1] = rangePx;
  let u0 = 0;
  let pxPerU = 1;
  const rescale = () => {
    u0 = warpForward(warp, d0);
    const du = warpForward(warp, d1) - u0;
    pxPerU = du ? (r1 - r0) / du : 0;
  };
  rescale();
  const scale = ((ms: number | Date) => r0 + (warpForward(warp, +ms) - u0) * pxPerU) as TimeScale;
  scale.invert = (px: number) => new Date(pxPerU ? warpInverse(warp, u0 + (px - r0) / pxPerU) : d0);
  scale.domain = ((d?: readonly (Date | number | { valueOf(): number })[]) => {
    if (!d) return [new Date(d0), new Date(d1)];
    d0 = +(d[0] ?? 0);
    d1 = +(d[1] ?? 0);
    rescale();
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return [r0, r1];
    r0 = r[0] ?? 0;
    r1 = r[1] ?? 0;
    rescale();
    return scale;
  }) as TimeScale['range'];
  scale.copy = () => createTimeScale(warp, [d0, d1], [r0, r1]);
  Object.defineProperty(scale, 'warp', { value: warp });
  return scale;
}

/**
 * The scale as a plain function of milliseconds, for loops over every event: the same
 * arithmetic without the Date coercion, and without any search on the identity warp.
 */
export function pixelsOf(scale: TimeScale): (ms: number) => number {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const w = scale.warp;
  const u0 = warpForward(w, d0);
  const du = warpForward(w, d1) - u0;
  if (!du) return () => r0;
  const k = (r1 - r0) / du;
  if (w.ms.length === 0) return (ms) => r0 + (ms - u0) * k;
  return (ms) => r0 + (warpForward(w, ms) - u0) * k;
}
