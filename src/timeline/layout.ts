import type { EventSpan } from './dates';

/** An event to place, in time order. */
export interface LayoutItem {
  id: string;
  span: EventSpan;
  title: string;
  /** Swimlane index; 0 on the single track. */
  lane: number;
}

/** A placed event in level coordinates (pixels at the layout's zoom level, before panning). */
export interface PlacedEvent {
  kind: 'event';
  id: string;
  lane: number;
  row: number;
  /** Start and end of the mark; equal for a day. */
  x0: number;
  x1: number;
  label: string;
  /**
   * Where the label starts relative to the mark: 0 to its right, negative to end just left of
   * it (or shifted so it does not run past the end of the story).
   */
  labelDx: number;
}

/** Events that did not fit in the rows, merged into one mark with a count. */
export interface PlacedCluster {
  kind: 'cluster';
  id: string;
  lane: number;
  x: number;
  count: number;
  ids: string[];
  startMs: number;
  endMs: number;
}

export interface LayoutOptions {
  rowsPerLane: number;
  /** Average glyph width at the label font size. */
  charPx: number;
  maxLabelPx: number;
  gapPx: number;
  /** Width of the bins overflow events are merged into. */
  binPx: number;
  /** Labels should not run past this x (the end of the story at this level). */
  limitPx: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  rowsPerLane: 6,
  charPx: 7,
  maxLabelPx: 220,
  gapPx: 16,
  binPx: 56,
  limitPx: Infinity,
};

/** Where a mark sits: a day at its middle, anything longer from start to end. */
export function markExtent(span: EventSpan, xOf: (ms: number) => number): [number, number] {
  if (span.precision === 'day') {
    const x = xOf((span.startMs + span.endMs) / 2);
    return [x, x];
  }
  return [xOf(span.startMs), xOf(span.endMs)];
}

/** Cuts a title to fit `maxPx` at `charPx` per glyph, ending with an ellipsis. */
export function fitLabel(title: string, maxPx: number, charPx: number): string {
  const max = Math.max(4, Math.floor(maxPx / charPx));
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Pixels a placed label occupies after its mark starts (mark glyph + text). */
export const LABEL_OFFSET_PX = 12;

/**
 * Places events in rows so labels never overlap (greedy, first row that is free), per lane.
 * Events that find no free row are merged into clusters per bin, which show a count.
 * Items must be sorted by start time.
 */
export function layoutMarks(
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
