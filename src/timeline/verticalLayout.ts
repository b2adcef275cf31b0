import { wrapToWidth } from './textWidth';
import { createTimeScale, pixelsOf, type TimeScale } from './timeScale';
import { DAY_MS, stretchWarp, warpForward, type TimeStretch } from './warp';

/** An event for the phone's vertical timeline, in time order. */
export interface VerticalItem {
  id: string;
  /** The one mark's time, and the span it may cover. */
  anchorMs: number;
  startMs: number;
  endMs: number;
  title: string;
  date: string;
}

export interface VerticalPlaced {
  id: string;
  /** Where the mark and its span sit on the rail. */
  markY: number;
  y0: number;
  y1: number;
  /** Top of the label block (date line, then the title's lines). */
  labelY: number;
  lines: string[];
  heightPx: number;
}

export interface VerticalOptions {
  labelPx: number;
  titlePx: number;
  lineH: number;
  dateH: number;
  gapPx: number;
}

export const VERTICAL_DEFAULTS: VerticalOptions = {
  labelPx: 260,
  titlePx: 14,
  lineH: 18,
  dateH: 16,
  gapPx: 12,
};

/** A label's lines and height: its date line, then its title wrapped to the column. */
export function labelBlock(
  title: string,
  opts: VerticalOptions,
): { lines: string[]; heightPx: number } {
  const { lines } = wrapToWidth(title, opts.labelPx, opts.titlePx, 6);
  return { lines, heightPx: opts.dateH + lines.length * opts.lineH };
}

/** The result of laying out the rail: its labels, its scale (stretched, cropped) and height. */
export interface VerticalLayout {
  placed: VerticalPlaced[];
  /** Time down the rail, drawn longer where dates crowd (`warp.stretches`). */
  scale: TimeScale;
  heightPx: number;
  /** Where each break's label goes (by the break's first ms): clear of the titles. */
  breakLabelY: ReadonlyMap<number, number>;
}

const BREAK_PREFIX = 'break:';
const BREAK_LABEL_PX = 16;

/** Where the dates of the rail's items sit, when several share one (a day, a month). */
function spreadAnchors(items: readonly VerticalItem[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length;) {
    const a = (items[i] as VerticalItem).anchorMs;
    let j = i;
    while (j + 1 < items.length && (items[j + 1] as VerticalItem).anchorMs === a) j++;
    const group = items.slice(i, j + 1);
    if (group.length === 1) out.push(a);
    else {
      // Spread over the narrowest date the group shares (the day of three same-day events),
      // each mark still inside it: one place each, so the rail can give each title room.
      const widths = group
        .filter((it) => it.endMs - it.startMs > 0 && it.startMs < a)
        .map((it) => it.endMs - it.startMs);
      const d = widths.length > 0 ? Math.min(...widths) : DAY_MS;
      const centred = group.every((it) => it.startMs < a);
      const prev = out.length > 0 ? (out[out.length - 1] as number) : -Infinity;
      const next = j + 1 < items.length ? (items[j + 1] as VerticalItem).anchorMs : Infinity;
      const lo = Math.max(centred ? a - d / 2 : a, (prev + a) / 2);
      const hi = Math.min(centred ? a + d / 2 : a + d, (a + next) / 2);
      group.forEach((_, q) =>
        out.push(
          centred
            ? lo + ((hi - lo) * (q + 0.5)) / group.length
            : lo + ((hi - lo) * q) / group.length,
        ),
      );
    }
    i = j + 1;
  }
  return out;
}

/**
 * Labels beside a vertical time rail, each level with its mark: where titles would collide, the
 * time between two marks is drawn longer (a stretch, which the rail marks) rather than a title
 * pushed away from its date. The rail then starts at the first label and ends at the last.
 */
export function layoutVertical(
  shown: readonly VerticalItem[],
  base: TimeScale,
  opts: VerticalOptions = VERTICAL_DEFAULTS,
  topPx = 0,
): VerticalLayout {
  const px = pixelsOf(base);
  // A break's label ("7 weeks") beside the rail takes a line of the labels' column.
  const breakItems = base.warp.breaks.map((b) => {
    const mid = (b.fromMs + b.toMs) / 2;
    return {
      id: `${BREAK_PREFIX}${b.fromMs}`,
      anchorMs: mid,
      startMs: mid,
      endMs: mid,
      title: '',
      date: '',
    };
  });
  const items = [...shown, ...breakItems].sort((a, b) => a.anchorMs - b.anchorMs);
  const anchors = spreadAnchors(items);
  const lead = opts.dateH / 2 + 2;
  const atMs: number[] = [];
  const extraPx: number[] = [];
  const stretches: TimeStretch[] = [];
  let extra = 0;
  let cursor = -Infinity;
  let prev: number | null = null;
  const tops: number[] = [];
  const blocks = items.map((it, i) => {
    const isBreak = it.id.startsWith(BREAK_PREFIX);
    const { lines, heightPx } = isBreak
      ? { lines: [], heightPx: BREAK_LABEL_PX }
      : labelBlock(it.title, opts);
    const at = anchors[i] as number;
    let top = px(at) + extra - (isBreak ? BREAK_LABEL_PX / 2 : lead);
    if (top < cursor && prev !== null && at > prev) {
      const need = cursor - top;
      const spanPx = px(at) - px(prev);
      if (atMs[atMs.length - 1] !== prev) {
        atMs.push(prev);
        extraPx.push(extra);
      }
      extra += need;
      atMs.push(at);
      extraPx.push(extra);
      stretches.push({ fromMs: prev, toMs: at, factor: (spanPx + need) / Math.max(1e-9, spanPx) });
      top = cursor;
    }
    // Only two marks at the very same time are left apart from their date.
    top = Math.max(top, cursor);
    tops.push(top);
    cursor = top + heightPx + opts.gapPx;
    prev = at;
    return { it, lines, heightPx, at };
  });

  // The stretched scale: the same pixels per unit of warped time, plus the stretches.
  const [d0 = 0, d1 = 0] = base.domain().map(Number);
  const [r0 = 0, r1 = 0] = base.range();
  const du = warpForward(base.warp, d1) - warpForward(base.warp, d0);
  const pxPerU = du ? (r1 - r0) / du : 1;
  const warp = stretchWarp(
    base.warp,
    atMs,
    extraPx.map((e) => e / pxPerU),
    stretches,
  );
  const full = createTimeScale(warp, [d0, d1], [r0, r1 + extra]);
  const y = pixelsOf(full);

  // The rail starts where its first label does, and ends with the last label or span.
  const first = blocks[0];
  const contentTop = first ? Math.min(tops[0] as number, y(first.at) - 8) : r0;
  const shift = contentTop - topPx;
  const all: VerticalPlaced[] = blocks.map((b, i) => ({
    id: b.it.id,
    markY: y(b.at) - shift,
    y0: Math.max(topPx, y(b.it.startMs) - shift),
    y1: y(b.it.endMs) - shift,
    labelY: (tops[i] as number) - shift,
    lines: b.lines,
    heightPx: b.heightPx,
  }));
  const placed = all.filter((p) => !p.id.startsWith(BREAK_PREFIX));
  const breakLabelY = new Map(
    all
      .filter((p) => p.id.startsWith(BREAK_PREFIX))
      .map((p) => [Number(p.id.slice(BREAK_PREFIX.length)), p.labelY + BREAK_LABEL_PX / 2]),
  );
  let heightPx = topPx;
  for (const p of placed) heightPx = Math.max(heightPx, p.labelY + p.heightPx, p.y1, p.markY + 8);
  const scale = createTimeScale(
    warp,
    [full.invert(topPx + shift).getTime(), full.invert(heightPx + shift).getTime()],
    [topPx, heightPx],
  );
  return { placed, scale, heightPx, breakLabelY };
}
