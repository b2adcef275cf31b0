import { textWidth, wrapToWidth } from './textWidth';
import type { LayoutItem, LayoutOptions } from './layoutTypes';

/** A title wrapped to its lines, with what its date takes beside or under the mark. */
export interface Label {
  lines: string[];
  cut: boolean;
  widthPx: number;
  /** The date beside the mark, on the mark's row, and the gap before it. */
  dateStripPx: number;
  dateBelow: boolean;
}

/** The labels an item may take, best first (wholeTitles): the first that finds room is used. */
export type LabelChoice = (item: LayoutItem) => readonly Label[];

/** Between a mark's centre and its date on the same row. */
export const DATE_GAP_PX = 10;

/** Labels depend on the title and the options only, not the zoom level: wrapped once. */
const labelCache = new WeakMap<LayoutItem, Map<string, Label>>();

/** The item's label under these options, from the cache when it has been wrapped before. */
export function labelOf(item: LayoutItem, opts: LayoutOptions): Label {
  const key = `${opts.maxLabelPx}/${opts.titlePx}/${opts.datePx}/${opts.maxLines}`;
  let cached = labelCache.get(item);
  if (!cached) labelCache.set(item, (cached = new Map()));
  const hit = cached.get(key);
  if (hit) return hit;
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
  cached.set(key, label);
  return label;
}
