import { labelOf, type Label, type LabelChoice } from './eventLabel';
import { placedSide, sidesOf, type Side, type SidePreference } from './labelSides';
import {
  DEFAULT_LAYOUT,
  type Layout,
  type LayoutItem,
  type LayoutOptions,
  type PlacedCluster,
  type PlacedEvent,
} from './layoutTypes';
import { RowSpans } from './rowSpans';
import type { wholeTitles } from './wholeTitles';
import { type EventSpan } from '../data/dateParse';

// The layout's pieces live in their own files; callers import them from here.

/** The one mark's x: a day at its middle, a span at its start, an uncertain date at its middle. */
export function anchorOf(span: EventSpan, xOf: (ms: number) => number): number {
  return span.precision === 'range' ? xOf(span.startMs) : xOf((span.startMs + span.endMs) / 2);
}

/**
 * Places events as blocks (mark with its date, then the wrapped title) in rows so no two
 * blocks overlap: greedy, in time order, in the first rows with room. A title goes right of its
 * mark, else left of it, else a little further along its row with a hairline back to its mark,
 * so the empty time beside a crowded month holds the crowd's titles. Events that find no room
 * are merged into clusters per bin, which show a count; once a bin has a cluster, later events
 * in it join it without a search, which keeps a 100,000-event layout to one quick pass.
 * Items must be sorted by start time.
 */
export function layoutMarks(
  items: readonly LayoutItem[],
  xOf: (ms: number) => number,
  laneCount: number,
  opts: LayoutOptions = DEFAULT_LAYOUT,
  /** Events that must not disappear into a cluster (the selected and the focused one). */
  priority: ReadonlySet<string> = new Set(),
): Layout {
  const first = greedyLayout(items, xOf, laneCount, opts, priority, 'near');
  if (items.length > RETRY_MAX_ITEMS) return first;
  // Greedy placement is order-sensitive: where a small story leaves an event in a cluster,
  // the other preferences of side get a try, and the one hiding fewest events wins.
  let best = first;
  let bestPrefer: SidePreference = 'near';
  if (first.clusters.length > 0)
    for (const prefer of ['right', 'left'] as const) {
      const next = greedyLayout(items, xOf, laneCount, opts, priority, prefer);
      if (next.events.length > best.events.length) [best, bestPrefer] = [next, prefer];
    }
  // Then a small story's cut titles take the free room around them, or a layout that gives
  // its titles room whole from the start.
  if (!widen) return best;
  const relayout = (labelsOf: LabelChoice) =>
    greedyLayout(items, xOf, laneCount, opts, priority, bestPrefer, labelsOf);
  return widen(best, items, laneCount, opts, relayout);
}

let widen: typeof wholeTitles | null = null;
/**
 * Lets layouts make a small story's cut titles whole where there is room (wholeTitles). The app
 * loads it with the validator, for stories from a file: the bundled story, whose titles the
 * build checks whole, keeps it out of its first view.
 */
export function enableWholeTitles(f: typeof wholeTitles): void {
  widen = f;
}

/** Stories up to this size get a second try at a layout with no cluster. */
const RETRY_MAX_ITEMS = 400;

function greedyLayout(
  items: readonly LayoutItem[],
  xOf: (ms: number) => number,
  laneCount: number,
  opts: LayoutOptions,
  priority: ReadonlySet<string>,
  /** Which side of its mark a title tries first. */
  prefer: SidePreference,
  /** Other labels to try before the plain one; each is tried in every row before the next. */
  labelsOf?: LabelChoice,
): Layout {
  const rows = opts.rowsPerLane;
  const grid: RowSpans[][] = Array.from({ length: laneCount }, () =>
    Array.from({ length: rows }, () => new RowSpans()),
  );
  const events: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  const bins: Map<number, PlacedCluster>[] = Array.from({ length: laneCount }, () => new Map());
  const fits = (lane: number, row: number, units: number, side: Side) => {
    const spans = grid[lane];
    if (!spans?.[row]?.isFree(side.stripFrom, side.stripTo)) return false;
    for (let u = row + 1; u < row + units; u++)
      if (!spans[u]?.isFree(side.textFrom, side.textTo)) return false;
    return true;
  };
  const take = (lane: number, row: number, units: number, side: Side) => {
    const spans = grid[lane];
    spans?.[row]?.take(side.stripFrom, side.stripTo);
    for (let u = row + 1; u < row + units; u++) spans?.[u]?.take(side.textFrom, side.textTo);
  };
  const place = (item: LayoutItem, row: number, units: number, side: Side, label: Label) => {
    const { span } = item;
    const ax = anchorOf(span, xOf);
    const x0 = span.precision === 'day' ? ax : xOf(span.startMs);
    const x1 = span.precision === 'day' ? ax : xOf(span.endMs);
    events.push({
      kind: 'event',
      id: item.id,
      lane: item.lane,
      row,
      units,
      x0,
      x1,
      ax,
      lines: label.lines,
      date: item.date,
      dateBelow: label.dateBelow,
      cut: label.cut,
      ...placedSide(side, label.widthPx),
      datePx: label.dateStripPx,
    });
  };
  /** The first free place, trying every side in every row; false if there is none. */
  const tryPlace = (item: LayoutItem, force: boolean): boolean => {
    const { span } = item;
    const ax = anchorOf(span, xOf);
    const bar = span.precision === 'range';
    const x0 = bar ? xOf(span.startMs) : ax;
    const x1 = bar ? xOf(span.endMs) : ax;
    const plain = labelOf(item, opts);
    let last: { label: Label; units: number; sides: Side[] } | null = null;
    for (const label of labelsOf ? labelsOf(item) : [plain]) {
      const units = Math.min(rows, label.lines.length + (label.dateBelow ? 2 : 1));
      const sides = sidesOf(x0, x1, ax, label.widthPx, label.dateStripPx, opts, prefer);
      last = { label, units, sides };
      // The highest row with room on any side: a title moved a little beats a tall stack.
      for (let r = 0; r + units <= rows; r++)
        for (const side of sides) {
          if (!fits(item.lane, r, units, side)) continue;
          take(item.lane, r, units, side);
          place(item, r, units, side, label);
          return true;
        }
    }
    const first = last?.sides[0];
    if (force && last && first) {
      // A priority event always gets a place: the top row, over whatever is there.
      take(item.lane, 0, last.units, first);
      place(item, 0, last.units, first, last.label);
      return true;
    }
    return false;
  };

  // Priority events are placed first; the greedy pass then keeps clear of them.
  if (priority.size > 0) for (const item of items) if (priority.has(item.id)) tryPlace(item, true);

  for (const item of items) {
    if (priority.size > 0 && priority.has(item.id)) continue;
    const lane = item.lane;
    const laneBins = bins[lane] ?? new Map<number, PlacedCluster>();
    const bin = Math.floor(anchorOf(item.span, xOf) / opts.binPx);
    const c = laneBins.get(bin);
    if (!c && tryPlace(item, false)) continue;
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
