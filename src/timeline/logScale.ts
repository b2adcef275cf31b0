/** A clamped log scale: value to px. */
export interface LogScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/**
 * A log scale from `domain` to `range`, clamped so a value never leaves the track. Written out
 * rather than taken from d3-scale's `scaleLog`: that would bring d3-scale, d3-format and
 * d3-interpolate to the first view for one formula (d3-scale is not a dependency).
 */
export function createLogScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LogScale {
  const [d0, d1] = [Math.log10(domain[0]), Math.log10(domain[1])];
  const [r0, r1] = range;
  const scale = (value: number) => {
    const t = (Math.log10(value) - d0) / (d1 - d0);
    return r0 + Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (r1 - r0);
  };
  return Object.assign(scale, { domain, range });
}
