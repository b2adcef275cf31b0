// The first, straightforward greedy layout, kept as the reference the optimised layoutMarks
// must match exactly (tests/timeline/layout.test.ts compares them on random stories).
import {
  DEFAULT_LAYOUT,
  fitLabel,
  LABEL_OFFSET_PX,
  markExtent,
  type LayoutItem,
  type LayoutOptions,
  type PlacedCluster,
  type PlacedEvent,
} from '../../src/timeline/layout';

/**
 * Places events in rows so labels never overlap (greedy, first row that is free), per lane.
 * Events that find no free row are merged into clusters per bin, which show a count.
 * Items must be sorted by start time.
 */
export function referenceLayout(
  items: readonly LayoutItem[],
  xOf: (ms: number) => number,
  laneCount: number,
  opts: LayoutOptions = DEFAULT_LAYOUT,
  /** Events that must not disappear into a cluster (the selected and the focused one). */
  priority: ReadonlySet<string> = new Set(),
): { events: PlacedEvent[]; clusters: PlacedCluster[] } {
  const rowEnds: number[][] = Array.from({ length: laneCount }, () =>
    new Array<number>(opts.rowsPerLane).fill(-Infinity),
  );
  // Priority events are placed first; the greedy pass then keeps clear of them.
  const reserved: { lane: number; row: number; from: number; to: number }[] = [];
  const events: PlacedEvent[] = [];
  const bins = new Map<string, PlacedCluster>();
  const extentOf = (item: LayoutItem) => {
    const [x0, x1] = markExtent(item.span, xOf);
    const label = fitLabel(item.title, opts.maxLabelPx, opts.charPx);
    const labelPx = label.length * opts.charPx;
    // Right of the mark, pulled back if it would run past the end of the story.
    const shift = Math.min(0, opts.limitPx - (x0 + LABEL_OFFSET_PX + labelPx));
    const right = {
      dx: shift,
      from: x0 + shift - 8,
      to: Math.max(x1, x0 + shift + LABEL_OFFSET_PX + labelPx) + opts.gapPx,
    };
    const leftDx = -(LABEL_OFFSET_PX + 8 + labelPx);
    const left = {
      dx: leftDx,
      from: x0 + leftDx - opts.gapPx,
      to: Math.max(x1, x0) + 8 + opts.gapPx,
    };
    // A label may not start before the story does (x = 0 at this level).
    const leftFits = x0 + leftDx >= 0;
    const sides: ('right' | 'left')[] = !leftFits
      ? ['right']
      : shift < 0
        ? ['left', 'right']
        : ['right', 'left'];
    return { x0, x1, label, right, left, sides };
  };
  const clash = (lane: number, row: number, from: number, to: number) =>
    reserved.some((r) => r.lane === lane && r.row === row && r.from < to && from < r.to);
  for (const item of items) {
    if (!priority.has(item.id)) continue;
    const { x0, x1, label, sides, ...ext } = extentOf(item);
    const side = sides[0] ?? 'right';
    const { from, to, dx } = ext[side];
    let row = 0;
    while (row < opts.rowsPerLane - 1 && clash(item.lane, row, from, to)) row++;
    reserved.push({ lane: item.lane, row, from, to });
    events.push({ kind: 'event', id: item.id, lane: item.lane, row, x0, x1, label, labelDx: dx });
  }
  for (const item of items) {
    if (priority.has(item.id)) continue;
    const { x0, x1, label, sides, ...ext } = extentOf(item);
    const ends = rowEnds[item.lane] ?? [];
    let placed = false;
    // A row's end is the furthest any of its labels reaches, so either side can be checked
    // against it alone: items arrive in time order.
    for (const side of sides) {
      const { from, to, dx } = ext[side];
      const row = ends.findIndex((end, r) => end <= from && !clash(item.lane, r, from, to));
      if (row < 0) continue;
      ends[row] = Math.max(ends[row] ?? -Infinity, to);
      events.push({ kind: 'event', id: item.id, lane: item.lane, row, x0, x1, label, labelDx: dx });
      placed = true;
      break;
    }
    if (placed) continue;
    const bin = Math.floor(x0 / opts.binPx);
    const key = `${item.lane}:${bin}`;
    const c = bins.get(key);
    if (c) {
      c.count += 1;
      c.ids.push(item.id);
      c.startMs = Math.min(c.startMs, item.span.startMs);
      c.endMs = Math.max(c.endMs, item.span.endMs);
    } else {
      bins.set(key, {
        kind: 'cluster',
        id: `cluster-${key}`,
        lane: item.lane,
        x: (bin + 0.5) * opts.binPx,
        count: 1,
        ids: [item.id],
        startMs: item.span.startMs,
        endMs: item.span.endMs,
      });
    }
  }
  return { events, clusters: [...bins.values()] };
}
