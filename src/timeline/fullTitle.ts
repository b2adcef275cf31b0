import { wrapToWidth } from './textWidth';

/** Where a cut title is drawn whole, over its neighbours, while its mark is focused or hovered. */
export interface FullTitle {
  lines: string[];
  /** Left edge of the text, relative to the mark; the text runs right from there. */
  dx: number;
  widthPx: number;
  /** Still cut: no width in the view gives it the lines it needs (the mark's name has it all). */
  cut: boolean;
}

export interface FullTitleInput {
  title: string;
  /** The mark's x in the view (screen pixels from the view's left edge). */
  markX: number;
  /** Where the cut label is drawn, relative to the mark: its left or right end (`anchor`). */
  textDx: number;
  anchor: 'start' | 'end';
  /** The cut label's width: the whole title starts at it, and widens only to fit its lines. */
  labelPx: number;
  titlePx: number;
  /** How many lines there is room for under the mark's row. */
  maxLines: number;
  viewPx: number;
}

/** Margin kept from the view's edges. */
const EDGE_PX = 4;
/** Each try widens the text by this factor over the label's width. */
const WIDER = [1, 1.5, 2, 3, 4];

/**
 * A cut title laid out whole where its label is: as wide as the label, or wider where it would
 * need more lines than there is room for under its mark, then moved along its row only as far
 * as the view's edges ask. It stays below the mark's row, so it never covers the mark.
 */
export function fullTitleOf(p: FullTitleInput): FullTitle {
  const room = Math.max(1, p.viewPx - 2 * EDGE_PX);
  const lines = Math.max(1, p.maxLines);
  let wrapped = wrapToWidth(p.title, Math.min(room, p.labelPx), p.titlePx, lines);
  for (const f of WIDER) {
    if (!wrapped.cut) break;
    wrapped = wrapToWidth(p.title, Math.min(room, p.labelPx * f), p.titlePx, lines);
  }
  const w = wrapped.widthPx;
  const left0 = p.anchor === 'start' ? p.markX + p.textDx : p.markX + p.textDx - w;
  const left = Math.max(EDGE_PX, Math.min(left0, p.viewPx - EDGE_PX - w));
  return { lines: wrapped.lines, dx: left - p.markX, widthPx: w, cut: wrapped.cut };
}
