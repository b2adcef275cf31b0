import { formatDayRange, formatWindow } from '../data/dateFormat';
import { type EventSpan } from '../data/dateParse';
import { spanRangeOf } from './spanRange';

/**
 * The words for the dates a view shows, one source for the page's summary and every picture
 * of it (the build's pictures, the Download menu's images). The whole story is its events' own
 * first and last day, the same at every width and in every scale: the margins around them
 * depend on the width (a 608 px picture ended on 14 July, the 1,280 px page on 13 July). A
 * zoomed window is the days at its edges, or their times where it is under two days.
 */
export function windowWords(
  spans: ReadonlyMap<string, EventSpan>,
  domain: readonly [number, number],
  whole: boolean,
): string {
  if (whole) {
    const { lo, hi } = spanRangeOf(spans);
    // A span ends at the start of the day after its last day.
    if (Number.isFinite(lo) && hi > lo) return formatDayRange(lo, hi - 1);
  }
  return formatWindow(domain[0], domain[1]);
}
