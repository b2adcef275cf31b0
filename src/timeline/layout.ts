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

/** Labels depend on the title and the label width only, not the zoom level: fitted once. */
const labelCache = new WeakMap<LayoutItem, { maxPx: number; charPx: number; label: string }>();
function labelOf(item: LayoutItem, opts: LayoutOptions): string {
  const hit = labelCache.get(item);
  if (hit && hit.maxPx === opts.maxLabelPx && hit.charPx === opts.charPx) return hit.label;
  const label = fitLabel(item.title, opts.maxLabelPx, opts.charPx);
  labelCache.set(item, { maxPx: opts.maxLabelPx, charPx: opts.charPx, label });
  return label;
}

/** Where a label may go: right of the mark, or ending just left of it. */
interface Side {
  dx: number;
  from: number;
  to: number;
}

/**
 * Places events in rows so labels never overlap (greedy, first row that is free), per lane.
 * Events that find no free row are merged into clusters per bin, which show a count.
 * Items must be sorted by start time.
 *
 * Runs once per zoom level over every event (100,000 in the benchmark), so the loop avoids
 * work for events that cannot fit: when every row of a lane ends right of where a label could
 * start, the event goes straight to its bin.
 */
export function layoutMarks(
  items: readonly LayoutItem[],
  xOf: (ms: number) => number,
  laneCount: number,
  opts: LayoutOptions = DEFAULT_LAYOUT,
  /** Events that must not disappear into a cluster (the selected and the focused one). */
  priority: ReadonlySet<string> = new Set(),
): { events: PlacedEvent[]; clusters: PlacedCluster[] } {
  const rows = opts.rowsPerLane;
  const rowEnds: number[][] = Array.from({ length: laneCount }, () =>
    new Array<number>(rows).fill(-Infinity),
  );
  // The smallest row end per lane: an event whose label cannot start before it has no row.
  const minEnd: number[] = new Array<number>(laneCount).fill(-Infinity);
  // Priority events are placed first; the greedy pass then keeps clear of them.
  const reserved: { lane: number; row: number; from: number; to: number }[] = [];
  const events: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  const bins: Map<number, PlacedCluster>[] = Array.from({ length: laneCount }, () => new Map());
  const right: Side = { dx: 0, from: 0, to: 0 };
  const left: Side = { dx: 0, from: 0, to: 0 };
  let x0 = 0;
  let x1 = 0;
  let leftFirst = false;
  let leftFits = false;
  const extentOf = (item: LayoutItem) => {
    const { span } = item;
    if (span.precision === 'day') {
      x0 = x1 = xOf((span.startMs + span.endMs) / 2);
    } else {
      x0 = xOf(span.startMs);
      x1 = xOf(span.endMs);
    }
  };
  const sidesOf = (label: string) => {
    const labelPx = label.length * opts.charPx;
    // Right of the mark, pulled back if it would run past the end of the story.
    const shift = Math.min(0, opts.limitPx - (x0 + LABEL_OFFSET_PX + labelPx));
    right.dx = shift;
    right.from = x0 + shift - 8;
    right.to = Math.max(x1, x0 + shift + LABEL_OFFSET_PX + labelPx) + opts.gapPx;
    const leftDx = -(LABEL_OFFSET_PX + 8 + labelPx);
    left.dx = leftDx;
    left.from = x0 + leftDx - opts.gapPx;
    left.to = Math.max(x1, x0) + 8 + opts.gapPx;
    // A label may not start before the story does (x = 0 at this level).
    leftFits = x0 + leftDx >= 0;
    leftFirst = leftFits && shift < 0;
  };
  const clash = (lane: number, row: number, from: number, to: number) =>
    reserved.some((r) => r.lane === lane && r.row === row && r.from < to && from < r.to);
  const place = (item: LayoutItem, row: number, label: string, dx: number) =>
    events.push({ kind: 'event', id: item.id, lane: item.lane, row, x0, x1, label, labelDx: dx });
  if (priority.size > 0)
    for (const item of items) {
      if (!priority.has(item.id)) continue;
      extentOf(item);
      const label = labelOf(item, opts);
      sidesOf(label);
      const { from, to, dx } = leftFirst ? left : right;
      let row = 0;
      while (row < rows - 1 && clash(item.lane, row, from, to)) row++;
      reserved.push({ lane: item.lane, row, from, to });
      place(item, row, label, dx);
    }
  const tryRow = (lane: number, ends: number[], side: Side) => {
    for (let r = 0; r < rows; r++) {
      if ((ends[r] ?? -Infinity) > side.from) continue;
      if (reserved.length > 0 && clash(lane, r, side.from, side.to)) continue;
      return r;
    }
    return -1;
  };
  for (const item of items) {
    if (priority.size > 0 && priority.has(item.id)) continue;
    extentOf(item);
    const lane = item.lane;
    const ends = rowEnds[lane] ?? [];
    // Either side's label starts at or before x0 - 8; past every row's end, no row is free.
    if ((minEnd[lane] ?? -Infinity) <= x0 - 8) {
      const label = labelOf(item, opts);
      sidesOf(label);
      // A row's end is the furthest any of its labels reaches, so either side can be checked
      // against it alone: items arrive in time order.
      const first = leftFirst ? left : right;
      const second = leftFirst ? right : leftFits ? left : null;
      let side: Side | null = first;
      let row = tryRow(lane, ends, first);
      if (row < 0 && second) {
        side = second;
        row = tryRow(lane, ends, second);
      }
      if (row >= 0 && side) {
        ends[row] = Math.max(ends[row] ?? -Infinity, side.to);
        minEnd[lane] = Math.min(...ends);
        place(item, row, label, side.dx);
        continue;
      }
    }
    const bin = Math.floor(x0 / opts.binPx);
    const laneBins = bins[lane] ?? new Map<number, PlacedCluster>();
    const c = laneBins.get(bin);
    if (c) {
      c.count += 1;
      c.ids.push(item.id);
      if (item.span.startMs < c.startMs) c.startMs = item.span.startMs;
      if (item.span.endMs > c.endMs) c.endMs = item.span.endMs;
    } else {
      const cluster: PlacedCluster = {
        kind: 'cluster',
        id: `cluster-${lane}:${bin}`,
        lane,
        x: (bin + 0.5) * opts.binPx,
        count: 1,
        ids: [item.id],
        startMs: item.span.startMs,
        endMs: item.span.endMs,
      };
      laneBins.set(bin, cluster);
      clusters.push(cluster);
    }
  }
  return { events, clusters };
}
