import { labelOf, type Label, type LabelChoice } from './eventLabel';
import type { Layout, LayoutItem, LayoutOptions } from './layoutTypes';
import { placedSide, sidesOf, type Side } from './labelSides';
import { RowSpans } from './rowSpans';

/**
 * A laid-out story with as many whole titles as it has room for, and no more events in
 * clusters. The layout is made again with one cut title after another allowed its whole
 * label (labelsToTry) wherever its rows have room, each kept only if it makes more titles whole
 * and hides no more events (`relayout`; a greedy layout is order-sensitive, so a whole title
 * early may leave later ones no room). Then each title still cut is made whole where the rows
 * around it are free (widenInPlace). For small stories only (the caller's limit).
 */
export function wholeTitles(
  layout: Layout,
  items: readonly LayoutItem[],
  laneCount: number,
  opts: LayoutOptions,
  relayout?: (labelsOf: LabelChoice) => Layout,
): Layout {
  if (!layout.events.some((e) => e.cut) || opts.maxLines <= 1) return layout;
  const widened = widenInPlace(layout, items, laneCount, opts);
  if (!relayout || items.length > SEARCH_MAX_ITEMS) return widened;
  const limit = hiddenCount(layout);
  const allowed = new Set<string>();
  const labelsOf: LabelChoice = (item) =>
    allowed.has(item.id) ? labelsToTry(item, opts) : [labelOf(item, opts)];
  let found = layout;
  for (const item of items) {
    if (!labelOf(item, opts).cut) continue;
    allowed.add(item.id);
    const next = relayout(labelsOf);
    if (hiddenCount(next) <= limit && wholeCount(next) > wholeCount(found)) found = next;
    else allowed.delete(item.id);
  }
  if (found === layout) return widened;
  const next = widenInPlace(found, items, laneCount, opts);
  return wholeCount(next) > wholeCount(widened) ? next : widened;
}

/** Stories up to this size search for a layout with more whole titles (a layout per title). */
const SEARCH_MAX_ITEMS = 60;

const hiddenCount = (l: Layout) => l.clusters.reduce((n, c) => n + c.count, 0);
const wholeCount = (l: Layout) => l.events.reduce((n, e) => n + (e.cut ? 0 : 1), 0);

/**
 * A laid-out story's cut titles made whole where the rows around them are free: more lines,
 * or a wider label (labelsToTry), in its own row or, if that has no room, the nearest row that
 * has. No event loses its place and no mark moves along time: a title is only given room
 * nothing else takes. Each check rebuilds the rows from the other blocks, so it is for small
 * stories only.
 */
function widenInPlace(
  layout: Layout,
  items: readonly LayoutItem[],
  laneCount: number,
  opts: LayoutOptions,
): Layout {
  if (!layout.events.some((e) => e.cut)) return layout;
  const byId = new Map(items.map((i) => [i.id, i]));
  const events = [...layout.events];
  const rows = opts.rowsPerLane;
  events.forEach((p, n) => {
    const item = byId.get(p.id);
    if (!p.cut || !item) return;
    const grid = Array.from({ length: laneCount }, () =>
      Array.from({ length: rows }, () => new RowSpans()),
    );
    events.forEach((o, m) => {
      if (m === n) return;
      grid[o.lane]?.[o.row]?.take(o.strip[0], o.strip[1]);
      for (let u = o.row + 1; u < o.row + o.units; u++)
        grid[o.lane]?.[u]?.take(o.text[0], o.text[1]);
    });
    const spans = grid[p.lane];
    if (!spans) return;
    const fits = (r: number, units: number, s: Side) => {
      if (!spans[r]?.isFree(s.stripFrom, s.stripTo)) return false;
      for (let u = r + 1; u < r + units; u++)
        if (!spans[u]?.isFree(s.textFrom, s.textTo)) return false;
      return true;
    };
    for (const r of rowsFrom(p.row, rows))
      for (const label of labelsToTry(item, opts)) {
        if (label.cut) break;
        const units = label.lines.length + (label.dateBelow ? 2 : 1);
        if (r + units > rows) continue;
        const sides = sidesOf(p.x0, p.x1, p.ax, label.widthPx, label.dateStripPx, opts, 'near');
        const side = sides.find((s) => fits(r, units, s));
        if (!side) continue;
        events[n] = {
          ...p,
          row: r,
          units,
          lines: label.lines,
          cut: false,
          ...placedSide(side, label.widthPx),
        };
        return;
      }
  });
  return { events, clusters: layout.clusters };
}

/** The rows to try for a title: its own first, then from the top, as the layout fills them. */
function rowsFrom(own: number, rows: number): number[] {
  const out = [own];
  for (let r = 0; r < rows; r++) if (r !== own) out.push(r);
  return out;
}

/**
 * The shapes a cut title may take where there is room, best first, as (width over
 * `maxLabelPx`, lines over `maxLines`): one or two more lines first, as a block a little
 * taller keeps to its mark's neighbourhood; then wider, in as few lines as the cut label, for a
 * row that is free further along; last, tall and narrow, for a free column.
 */
const SHAPES: readonly (readonly [number, number])[] = [
  [1, 2],
  [1.3, 1],
  [1.6, 0],
  [2.2, 0],
  [1, 3],
];

const tryCache = new WeakMap<LayoutItem, { key: string; labels: Label[] }>();

/**
 * The labels to try for an item, best first: its title whole in each of SHAPES where it fits
 * whole, then cut as `opts` allows.
 */
export function labelsToTry(item: LayoutItem, opts: LayoutOptions): Label[] {
  const key = `${opts.maxLabelPx}/${opts.titlePx}/${opts.datePx}/${opts.maxLines}`;
  const hit = tryCache.get(item);
  if (hit?.key === key) return hit.labels;
  const plain = labelOf(item, opts);
  const labels: Label[] = [];
  if (plain.cut && opts.maxLines > 1)
    for (const [wider, more] of SHAPES) {
      const label = labelOf(item, {
        ...opts,
        maxLabelPx: Math.round(opts.maxLabelPx * wider),
        maxLines: opts.maxLines + more,
      });
      if (!label.cut) labels.push(label);
    }
  labels.push(plain);
  tryCache.set(item, { key, labels });
  return labels;
}
