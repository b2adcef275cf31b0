import type { EventSpan } from '../data/dates';
import { textWidth, wrapToWidth } from './textWidth';

/** An event to place, in time order. */
export interface LayoutItem {
  id: string;
  span: EventSpan;
  title: string;
  /** The quiet date beside the mark, over the title ("10 June", "about June"). */
  date: string;
  /** Swimlane index; 0 on the single track. */
  lane: number;
}

/**
 * A placed event in level coordinates (pixels at the layout's zoom level, before panning):
 * a block of `units` rows from `row` down: the mark with its date beside it, then the title.
 */
export interface PlacedEvent {
  kind: 'event';
  id: string;
  lane: number;
  /** The block's first row (rows are `unit` tall; see the renderer). */
  row: number;
  units: number;
  /** Start and end of the time the event may cover; equal for a day. */
  x0: number;
  x1: number;
  /** The one mark of the event: a day's middle, a span's start, an uncertain date's middle. */
  ax: number;
  lines: string[];
  date: string;
  /** A span's date goes under its title, clear of its bar; others sit beside the mark. */
  dateBelow: boolean;
  /** The date beside the mark is on its left (when the title ends at the mark). */
  dateLeft: boolean;
  /** A title moved along its row has a hairline from the mark to here (relative to `ax`). */
  leader: number | null;
  /** True when the title needed more lines than allowed and was cut (hover shows it whole). */
  cut: boolean;
  /** The text runs right from `ax + textDx` ('start') or ends there ('end'). */
  anchor: 'start' | 'end';
  textDx: number;
  /** What the block occupies across, label and mark together. */
  from: number;
  to: number;
  /** What it occupies in its first row (mark, date, bar, hairline) and in its text rows. */
  strip: [number, number];
  text: [number, number];
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
  /** Rows of `unit` height per lane. */
  rowsPerLane: number;
  titlePx: number;
  datePx: number;
  maxLabelPx: number;
  maxLines: number;
  gapPx: number;
  /** Width of the bins overflow events are merged into. */
  binPx: number;
  /** Labels should not run past this x (the end of the story at this level). */
  limitPx: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  rowsPerLane: 24,
  titlePx: 13,
  datePx: 12,
  maxLabelPx: 220,
  maxLines: 3,
  gapPx: 14,
  binPx: 56,
  limitPx: Infinity,
};

/** How far the text starts left of a mark's centre: under the mark's own left edge. */
export const TEXT_INSET_PX = 6;

/** The one mark's x: a day at its middle, a span at its start, an uncertain date at its middle. */
export function anchorOf(span: EventSpan, xOf: (ms: number) => number): number {
  return span.precision === 'range' ? xOf(span.startMs) : xOf((span.startMs + span.endMs) / 2);
}

interface Label {
  lines: string[];
  cut: boolean;
  widthPx: number;
  /** The date beside the mark, on the mark's row, and the gap before it. */
  dateStripPx: number;
  dateBelow: boolean;
}

/** Between a mark's centre and its date on the same row. */
export const DATE_GAP_PX = 10;

/** Labels depend on the title and the options only, not the zoom level: wrapped once. */
const labelCache = new WeakMap<LayoutItem, { key: string; label: Label }>();
function labelOf(item: LayoutItem, opts: LayoutOptions): Label {
  const key = `${opts.maxLabelPx}/${opts.titlePx}/${opts.datePx}/${opts.maxLines}`;
  const hit = labelCache.get(item);
  if (hit && hit.key === key) return hit.label;
  const wrapped = wrapToWidth(item.title, opts.maxLabelPx, opts.titlePx, opts.maxLines);
  const label = {
    lines: wrapped.lines,
    cut: wrapped.cut,
    widthPx: wrapped.widthPx,
    dateStripPx: textWidth(item.date, opts.datePx) + DATE_GAP_PX,
    dateBelow: item.span.precision === 'range',
  };
  if (label.dateBelow) {
    label.widthPx = Math.max(label.widthPx, label.dateStripPx - DATE_GAP_PX);
    label.dateStripPx = 0;
  }
  labelCache.set(item, { key, label });
  return label;
}

/** Free and taken stretches of one row: sorted, non-overlapping [from, to) pairs. */
class RowSpans {
  private starts: number[] = [];
  private ends: number[] = [];
  /** Index of the first stretch that ends after `x`. */
  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] ?? 0) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  isFree(from: number, to: number): boolean {
    const i = this.firstEndingAfter(from);
    return i >= this.starts.length || (this.starts[i] ?? Infinity) >= to;
  }
  take(from: number, to: number): void {
    const i = this.firstEndingAfter(from);
    this.starts.splice(i, 0, from);
    this.ends.splice(i, 0, to);
  }
}

/** How far a title may be moved from its mark along its row, with a hairline back to it. */
const SHIFTS_PX = [0, 60, 120, 180, 240, 300];

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
  // Greedy placement is order-sensitive: where a small story leaves an event in a cluster,
  // the other preferences of side get a try, and the one hiding fewest events wins.
  if (first.clusters.length === 0 || items.length > RETRY_MAX_ITEMS) return first;
  let best = first;
  for (const prefer of ['right', 'left'] as const) {
    const next = greedyLayout(items, xOf, laneCount, opts, priority, prefer);
    if (next.events.length > best.events.length) best = next;
  }
  return best;
}

export interface Layout {
  events: PlacedEvent[];
  clusters: PlacedCluster[];
}

/** Stories up to this size get a second try at a layout with no cluster. */
const RETRY_MAX_ITEMS = 400;

function greedyLayout(
  items: readonly LayoutItem[],
  xOf: (ms: number) => number,
  laneCount: number,
  opts: LayoutOptions,
  priority: ReadonlySet<string>,
  /** Which side of its mark a title tries first: the nearer one, or always right or left. */
  prefer: 'near' | 'right' | 'left',
): Layout {
  const rows = opts.rowsPerLane;
  const grid: RowSpans[][] = Array.from({ length: laneCount }, () =>
    Array.from({ length: rows }, () => new RowSpans()),
  );
  const events: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  const bins: Map<number, PlacedCluster>[] = Array.from({ length: laneCount }, () => new Map());

  /** A block's footprint: its mark's row (mark, date, a span's bar) and its text rows. */
  interface Side {
    anchor: 'start' | 'end';
    dx: number;
    /** Where the hairline from the mark to a moved title ends, relative to the mark. */
    leader: number | null;
    dateLeft: boolean;
    stripFrom: number;
    stripTo: number;
    textFrom: number;
    textTo: number;
  }
  const g = opts.gapPx;
  const sidesOf = (x0: number, x1: number, ax: number, w: number, datePx: number): Side[] => {
    // A range's solid bar keeps its row; an uncertain date's faint whisker is drawn under
    // everything else and keeps only the mark's own place.
    const markFrom = Math.min(x0, ax - 8) - 4;
    const markTo = Math.max(x1, ax + 8);
    const out: Side[] = [];
    const right = (shift: number): Side | null => {
      // Right of the mark, pulled back if it would run past the end of the story.
      const start = Math.max(0, Math.min(ax - TEXT_INSET_PX + shift, opts.limitPx - w));
      if (shift > 0 && start <= ax - TEXT_INSET_PX) return null;
      // The date turns to the mark's left where the story's end would cut it.
      const dateLeft = shift === 0 && ax + datePx > opts.limitPx;
      return {
        anchor: 'start',
        dx: start - ax,
        leader: shift > 0 ? start - ax : null,
        dateLeft,
        stripFrom: dateLeft ? Math.min(markFrom, ax - datePx - 4) : markFrom,
        stripTo:
          Math.max(markTo, dateLeft ? ax + 8 : ax + datePx, shift > 0 ? start : -Infinity) + g,
        textFrom: start - 4,
        textTo: start + w + g,
      };
    };
    const left = (shift: number): Side | null => {
      const end = Math.min(ax + TEXT_INSET_PX - shift, opts.limitPx);
      if (end - w < 0) return null;
      const moved = shift > 0;
      return {
        anchor: 'end',
        dx: end - ax,
        leader: moved ? end - ax : null,
        dateLeft: !moved,
        stripFrom: Math.min(markFrom, moved ? end : ax - datePx) - 4,
        stripTo: Math.max(markTo, moved ? ax + datePx : -Infinity) + g,
        textFrom: end - w - 4,
        textTo: end + g,
      };
    };
    for (const shift of SHIFTS_PX) {
      const r = right(shift);
      const l = left(shift);
      // Near the end of the story, titles turn left first.
      const leftFirst = prefer === 'left' || (prefer === 'near' && r && r.dx < -TEXT_INSET_PX);
      if (leftFirst) {
        if (l) out.push(l);
        if (r) out.push(r);
      } else {
        if (r) out.push(r);
        if (l) out.push(l);
      }
    }
    return out;
  };
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
      dateLeft: side.dateLeft,
      leader: side.leader,
      cut: label.cut,
      anchor: side.anchor,
      textDx: side.dx,
      from: Math.min(side.stripFrom, side.textFrom),
      to: Math.max(side.stripTo, side.textTo),
      strip: [side.stripFrom, side.stripTo],
      text: [side.textFrom, side.textTo],
    });
  };
  /** The first free place, trying every side in every row; false if there is none. */
  const tryPlace = (item: LayoutItem, force: boolean): boolean => {
    const { span } = item;
    const ax = anchorOf(span, xOf);
    const bar = span.precision === 'range';
    const x0 = bar ? xOf(span.startMs) : ax;
    const x1 = bar ? xOf(span.endMs) : ax;
    const label = labelOf(item, opts);
    const units = Math.min(rows, label.lines.length + (label.dateBelow ? 2 : 1));
    const sides = sidesOf(x0, x1, ax, label.widthPx, label.dateStripPx);
    // The highest row with room on any side: a title moved a little beats a tall stack.
    for (let r = 0; r + units <= rows; r++)
      for (const side of sides) {
        if (!fits(item.lane, r, units, side)) continue;
        take(item.lane, r, units, side);
        place(item, r, units, side, label);
        return true;
      }
    const first = sides[0];
    if (force && first) {
      // A priority event always gets a place: the top row, over whatever is there.
      take(item.lane, 0, units, first);
      place(item, 0, units, first, label);
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
