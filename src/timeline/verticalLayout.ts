import { wrapToWidth } from './textWidth';

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

/**
 * Labels beside a vertical time rail: each label as near its mark as it can be, in time
 * order, never overlapping. The least-squares fit under that order (pool adjacent
 * violators on the labels' targets less the heights above them), then kept below the top.
 */
export function layoutVertical(
  items: readonly VerticalItem[],
  yOf: (ms: number) => number,
  opts: VerticalOptions = VERTICAL_DEFAULTS,
): { placed: VerticalPlaced[]; heightPx: number } {
  const blocks = items.map((it) => {
    const { lines } = wrapToWidth(it.title, opts.labelPx, opts.titlePx, 6);
    const heightPx = opts.dateH + lines.length * opts.lineH;
    const markY = yOf(it.anchorMs);
    return { it, lines, heightPx, markY, target: markY - opts.dateH / 2 - 2 };
  });
  // Offsets: label i must start at least the heights (and gaps) of those before it below z.
  const offsets: number[] = [];
  let acc = 0;
  for (const b of blocks) {
    offsets.push(acc);
    acc += b.heightPx + opts.gapPx;
  }
  // Pool adjacent violators: z must not decrease.
  const pools: { sum: number; n: number }[] = [];
  blocks.forEach((b, i) => {
    pools.push({ sum: b.target - (offsets[i] ?? 0), n: 1 });
    for (;;) {
      const last = pools[pools.length - 1];
      const prev = pools[pools.length - 2];
      if (!last || !prev || prev.sum / prev.n <= last.sum / last.n) break;
      prev.sum += last.sum;
      prev.n += last.n;
      pools.pop();
    }
  });
  const z: number[] = [];
  for (const p of pools) for (let i = 0; i < p.n; i++) z.push(Math.max(0, p.sum / p.n));
  const placed: VerticalPlaced[] = blocks.map((b, i) => ({
    id: b.it.id,
    markY: b.markY,
    y0: yOf(b.it.startMs),
    y1: yOf(b.it.endMs),
    labelY: (z[i] ?? 0) + (offsets[i] ?? 0),
    lines: b.lines,
    heightPx: b.heightPx,
  }));
  let heightPx = 0;
  for (const p of placed) heightPx = Math.max(heightPx, p.labelY + p.heightPx, p.y1);
  return { placed, heightPx };
}
