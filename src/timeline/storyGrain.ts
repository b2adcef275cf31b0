import { DAY_MS } from './warp';

/**
 * The finest unit a story's dates are known to, in ms: about a year when every date is a year,
 * a month when the finest is a month, a day for days and ranges, 0 for times. The phone's
 * rail, stretched around a crowded year, would otherwise tick in days no date names.
 */
export function storyGrainMs(
  spans: Iterable<{ startMs: number; endMs: number; precision?: string }>,
): number {
  let grain = Infinity;
  for (const { precision: p, startMs, endMs } of spans)
    grain = Math.min(
      grain,
      p === 'time' ? 0 : p === 'day' || p === 'range' ? DAY_MS : Math.max(DAY_MS, endMs - startMs),
    );
  return grain < Infinity ? grain : DAY_MS;
}
