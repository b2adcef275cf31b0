import { createLevelLayout, layoutItemsOf, markLayoutOptions } from './markItems';
import type { StoryIndex } from './storyIndex';
import type { TimeScale } from './timeScale';

/** The fewest rows a track is drawn with: a story of three short titles is not a sliver. */
export const MIN_TRACK_ROWS = 6;
/** Past this many events the track keeps all its rows: the layout would cost a second pass. */
const MEASURED_MAX_EVENTS = 400;

/**
 * The rows the single track needs for the whole story at the opening zoom level, at most
 * `maxRows`: five events are not drawn in a box made for fifty. Deeper levels spread the marks
 * further apart, so they need no more; a story whose opening layout clusters keeps every row.
 */
export function trackRowsOf(
  index: Pick<StoryIndex, 'events' | 'extent' | 'spans'>,
  base: TimeScale,
  maxRows: number,
  narrow: boolean,
): number {
  if (index.events.length > MEASURED_MAX_EVENTS || maxRows <= MIN_TRACK_ROWS) return maxRows;
  const items = layoutItemsOf(index.events, index, [''], null);
  const opts = markLayoutOptions({ actors: [''], rowsPerLane: maxRows, laneH: 0, top: 0 }, narrow);
  const layout = createLevelLayout(items, base, 1, opts)(1);
  if (layout.clusters.length > 0) return maxRows;
  let rows = 0;
  for (const e of layout.events) rows = Math.max(rows, e.row + e.units);
  return Math.min(maxRows, Math.max(MIN_TRACK_ROWS, rows));
}
