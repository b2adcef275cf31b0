import { labelOf, type Label } from './eventLabel';
import type { Layout, LayoutItem, LayoutOptions, PlacedEvent } from './layoutTypes';
import { placedSide, sidesOf } from './labelSides';
import { RowSpans } from './rowSpans';

/**
 * A laid-out story's cut titles made whole where the rows around them are free: more lines
 * under the same row, or a wider label (labelsToTry). No mark moves and no event loses its
 * place: a title is only given room nothing else takes. Each check rebuilds the rows from the
 * other blocks, so it is for small stories only (the caller's limit).
 */
export function wholeTitles(
  layout: Layout,
  items: readonly LayoutItem[],
  laneCount: number,
  opts: LayoutOptions,
): Layout {
  if (!layout.events.some((e) => e.cut) || opts.maxLines <= 1) return layout;
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
    for (const label of labelsToTry(item, opts)) {
      if (label.cut) break;
      const units = label.lines.length + (label.dateBelow ? 2 : 1);
      if (p.row + units > rows) continue;
      const sides = sidesOf(p.x0, p.x1, p.ax, label.widthPx, label.dateStripPx, opts, 'near');
      const side = sides.find((s) => {
        if (!spans[p.row]?.isFree(s.stripFrom, s.stripTo)) return false;
        for (let u = p.row + 1; u < p.row + units; u++)
          if (!spans[u]?.isFree(s.textFrom, s.textTo)) return false;
        return true;
      });
      if (!side) continue;
      const whole: PlacedEvent = {
        ...p,
        units,
        lines: label.lines,
        cut: false,
        ...placedSide(side, label.widthPx),
      };
      events[n] = whole;
      return;
    }
  });
  return { events, clusters: layout.clusters };
}

/** Extra lines a title cut at `maxLines` may take where rows are free. */
const MORE_LINES = 3;
/** How much wider than `maxLabelPx` a cut title may run where its rows are free. */
const WIDER = 1.6;

/**
 * The labels to try for an item, best first: its title whole and wider (with one more line),
 * or whole in more lines, where the layout finds room for either; else cut as `opts` allows.
 * Wider first: a row's free width is more common than free rows under a crowded stack.
 */
export function labelsToTry(item: LayoutItem, opts: LayoutOptions): Label[] {
  const plain = labelOf(item, opts);
  if (!plain.cut || opts.maxLines <= 1) return [plain];
  const out: Label[] = [];
  const taller = labelOf(item, { ...opts, maxLines: opts.maxLines + MORE_LINES });
  const wider = labelOf(item, {
    ...opts,
    maxLabelPx: Math.round(opts.maxLabelPx * WIDER),
    maxLines: opts.maxLines + 1,
  });
  if (!wider.cut) out.push(wider);
  if (!taller.cut) out.push(taller);
  out.push(plain);
  return out;
}
