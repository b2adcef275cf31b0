import { sidesOf, type Side } from './labelSides';
import type { LayoutOptions, PlacedEvent } from './layoutTypes';
import { RowSpans } from './rowSpans';

/**
 * Titles laid out for a whole zoom level may run past the edges of the view a reader has
 * panned to ("Hagerty and K…"). For the view from `fromPx` to `toPx` (in the level's pixels;
 * `scale` is the view's zoom over the level's, positions stretch with it, text does not), a
 * title cut by an edge goes to the other side of its mark, or along its row, wherever its
 * block fits in the view without covering another; a mark outside the view keeps no text on
 * screen (`offView`), since a title without its mark reads as a title without a date, and so
 * does one for which the view has no room at all.
 * Returns the events unchanged where nothing crosses an edge.
 */
export function fitToView(
  events: readonly PlacedEvent[],
  fromPx: number,
  toPx: number,
  scale: number,
  laneRows: number,
  opts: LayoutOptions,
): { events: readonly PlacedEvent[]; offView: ReadonlySet<string> } {
  const g = opts.gapPx;
  // Screen-like coordinates: the view's left edge at 0, marks where the view draws them.
  const at = (p: PlacedEvent) => (p.ax - fromPx) * scale;
  const width = (toPx - fromPx) * scale;
  // What is written: the title, and the date beside the mark (under it, for a span, it is part
  // of the title's block). A span's bar may run past an edge: it is not text.
  const ink = (x: number, textFrom: number, textTo: number, p: PlacedEvent, dateLeft: boolean) => {
    const datePx = p.dateBelow ? 0 : (p.datePx ?? 0);
    const lo = Math.min(textFrom + 4, dateLeft ? x - datePx : x);
    const hi = Math.max(textTo - g, dateLeft ? x : x + datePx);
    return [lo, hi] as const;
  };
  const crosses = (p: PlacedEvent) => {
    const x = at(p);
    const [left, right] = ink(x, x + p.text[0] - p.ax, x + p.text[1] - p.ax, p, p.dateLeft);
    return right > 0 && left < width && (left < 0 || right > width);
  };
  const cut = events.filter(crosses);
  if (cut.length === 0) return { events, offView: new Set() };

  // Every other block's footprint, row by row, in view coordinates.
  const rows = new Map<string, RowSpans>();
  const row = (lane: number, r: number) => {
    const key = `${lane}:${r}`;
    let spans = rows.get(key);
    if (!spans) rows.set(key, (spans = new RowSpans()));
    return spans;
  };
  const cutIds = new Set(cut.map((p) => p.id));
  const take = (lane: number, r: number, units: number, x: number, side: FootPrint) => {
    row(lane, r).take(x + side.stripFrom, x + side.stripTo);
    for (let u = r + 1; u < r + units; u++) row(lane, u).take(x + side.textFrom, x + side.textTo);
  };
  for (const p of events) if (!cutIds.has(p.id)) take(p.lane, p.row, p.units, at(p), relative(p));

  const offView = new Set<string>();
  const moved = new Map<string, PlacedEvent>();
  for (const p of cut) {
    const x = at(p);
    if (x < 0 || x > width || p.labelPx === undefined || p.datePx === undefined) {
      offView.add(p.id);
      continue;
    }
    // Only a span's bar keeps its row; an uncertain date's faint line does not (as in layout).
    const x0 = p.dateBelow ? x + (p.x0 - p.ax) * scale : x;
    const x1 = p.dateBelow ? x + (p.x1 - p.ax) * scale : x;
    const sides = sidesOf(x0, x1, x, p.labelPx, p.datePx, { ...opts, limitPx: width }, 'near');
    const fits = (r: number, s: Side) => {
      const [lo, hi] = ink(x, s.textFrom, s.textTo, p, s.dateLeft);
      if (lo < 0 || hi > width) return false;
      if (!row(p.lane, r).isFree(s.stripFrom, s.stripTo)) return false;
      for (let u = r + 1; u < r + p.units; u++)
        if (!row(p.lane, u).isFree(s.textFrom, s.textTo)) return false;
      return true;
    };
    // Its own row first, then the nearest rows with room, as the layout itself would.
    let found: { r: number; side: Side } | null = null;
    for (const r of rowsByDistance(p.row, laneRows - p.units)) {
      const side = sides.find((sd) => fits(r, sd));
      if (side) {
        found = { r, side };
        break;
      }
    }
    if (!found) {
      // No room in the view on any side or row: the title waits for a wider view rather than
      // show cut (the mark keeps its name, and its title on hover).
      offView.add(p.id);
      take(p.lane, p.row, p.units, x, relative(p));
      continue;
    }
    const { r, side } = found;
    const rel = (v: number) => v - x;
    const next: PlacedEvent = {
      ...p,
      row: r,
      anchor: side.anchor,
      textDx: side.dx,
      leader: side.leader,
      dateLeft: side.dateLeft,
      strip: [p.ax + rel(side.stripFrom), p.ax + rel(side.stripTo)],
      text: [p.ax + rel(side.textFrom), p.ax + rel(side.textTo)],
      from: p.ax + rel(Math.min(side.stripFrom, side.textFrom)),
      to: p.ax + rel(Math.max(side.stripTo, side.textTo)),
    };
    take(p.lane, r, p.units, x, relative(next));
    moved.set(p.id, next);
  }
  return { events: events.map((p) => moved.get(p.id) ?? p), offView };
}

/** Rows 0 to `last`, nearest to `from` first. */
function rowsByDistance(from: number, last: number): number[] {
  const out: number[] = [];
  for (let d = 0; d <= last; d++) {
    if (from + d <= last) out.push(from + d);
    if (d > 0 && from - d >= 0 && from - d <= last) out.push(from - d);
  }
  return out;
}

interface FootPrint {
  stripFrom: number;
  stripTo: number;
  textFrom: number;
  textTo: number;
}

/** A block's footprint relative to its mark. */
function relative(p: PlacedEvent): FootPrint {
  return {
    stripFrom: p.strip[0] - p.ax,
    stripTo: p.strip[1] - p.ax,
    textFrom: p.text[0] - p.ax,
    textTo: p.text[1] - p.ax,
  };
}
