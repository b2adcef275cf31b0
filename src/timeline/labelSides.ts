import type { LayoutOptions, PlacedEvent } from './layoutTypes';

/** How far the text starts left of a mark's centre: under the mark's own left edge. */
export const TEXT_INSET_PX = 6;

/** How far a title may be moved from its mark along its row, with a hairline back to it. */
const SHIFTS_PX = [0, 60, 120, 180, 240, 300];

/** Which side of its mark a title tries first: the nearer one, or always right or left. */
export type SidePreference = 'near' | 'right' | 'left';

/** A block's footprint: its mark's row (mark, date, a span's bar) and its text rows. */
export interface Side {
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

/** What a placed mark takes from the side its title went to (layout.ts, wholeTitles.ts). */
export function placedSide(
  side: Side,
  labelPx: number,
): Pick<
  PlacedEvent,
  'dateLeft' | 'leader' | 'anchor' | 'textDx' | 'from' | 'to' | 'strip' | 'text' | 'labelPx'
> {
  return {
    dateLeft: side.dateLeft,
    leader: side.leader,
    anchor: side.anchor,
    textDx: side.dx,
    from: Math.min(side.stripFrom, side.textFrom),
    to: Math.max(side.stripTo, side.textTo),
    strip: [side.stripFrom, side.stripTo],
    text: [side.textFrom, side.textTo],
    labelPx,
  };
}

/**
 * The places a title of width `w` may take around its mark at `ax` (a bar from `x0` to `x1`),
 * in the order to try them: right or left of the mark, then moved further along its row.
 */
export function sidesOf(
  x0: number,
  x1: number,
  ax: number,
  w: number,
  datePx: number,
  opts: LayoutOptions,
  prefer: SidePreference,
): Side[] {
  const g = opts.gapPx;
  // A range's solid bar keeps its row; an uncertain date's faint whisker is drawn under
  // everything else and keeps only the mark's own place.
  const markFrom = Math.min(x0, ax - 8) - 4;
  const markTo = Math.max(x1, ax + 8);
  const out: Side[] = [];
  const right = (shift: number): Side | null => {
    // Right of the mark, pulled back if it would run past the end of the story.
    const start = Math.max(0, Math.min(ax - TEXT_INSET_PX + shift, opts.limitPx - w));
    if (shift > 0 && start <= ax - TEXT_INSET_PX) return null;
    // The date turns to the mark's left where the story's end would cut it, also beside a
    // title moved along its row (the hairline runs right, the date left); a date cut at either
    // end would hide the whole title in the view (fitToView).
    const dateLeft = ax + datePx > opts.limitPx;
    if (dateLeft && ax - datePx < 0) return null;
    return {
      anchor: 'start',
      dx: start - ax,
      leader: shift > 0 ? start - ax : null,
      dateLeft,
      stripFrom: dateLeft ? Math.min(markFrom, ax - datePx - 4) : markFrom,
      stripTo: Math.max(markTo, dateLeft ? ax + 8 : ax + datePx, shift > 0 ? start : -Infinity) + g,
      textFrom: start - 4,
      textTo: start + w + g,
    };
  };
  const left = (shift: number): Side | null => {
    const end = Math.min(ax + TEXT_INSET_PX - shift, opts.limitPx);
    if (end - w < 0) return null;
    const moved = shift > 0;
    // A moved title's hairline runs left, so its date stays right of the mark: where the
    // story's end would cut that date, or its start a date left of the mark, there is no side.
    if (moved ? ax + datePx > opts.limitPx : ax - datePx < 0) return null;
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
}
