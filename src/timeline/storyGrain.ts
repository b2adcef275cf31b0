import { DAY_MS } from './warp';

/**
 * The finest unit a story's dates are known to, in ms: a year (about 365 days) when every date
 * is a year, a month when the finest is a month, a day for days and ranges, 0 for times. The
 * phone's rail, stretched around a crowded year, would otherwise tick in days and months that
 * no date of the story names.
 */
export function storyGrainMs(
  spans: Iterable<{ startMs: number; endMs: number; precision?: string }>,
): number {
  let grain = Infinity;
  for (const s of spans) {
    const p = s.precision;
    const g =
      p === 'year' || p === 'month' || p === 'approximate'
        ? Math.max(DAY_MS, s.endMs - s.startMs)
        : p === 'time'
          ? 0
          : DAY_MS;
    if (g < grain) grain = g;
  }
  return Number.isFinite(grain) ? grain : DAY_MS;
}
