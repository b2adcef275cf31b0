import type { TimelineEvent } from '../data/schema';
import type { StoryIndex } from './storyIndex';
import type { TimeScale } from './timeScale';
import { labelBlock, type VerticalItem, type VerticalOptions } from './verticalLayout';
import { markDate } from '../data/dateFormat';

/** Where the phone's time rail runs, where its labels start, and the space above it. */
export const RAIL_X = 58;
export const LABEL_X = 74;
export const TOP_PX = 12;

/** Annotations share the labels' column; their ids are `note:` and the annotation's index. */
export const isNoteId = (id: string): boolean => id.startsWith('note:');

/**
 * What the phone's timeline places, in time order: the shown events, each at its one mark
 * (a range's start, else its middle), and the story's notes whose events are all shown.
 */
export function verticalItemsOf(
  visible: readonly TimelineEvent[],
  index: Pick<StoryIndex, 'extent' | 'spans' | 'story'>,
): VerticalItem[] {
  const out: VerticalItem[] = [];
  const [from, to] = index.extent;
  const withYear = new Date(from).getUTCFullYear() !== new Date(to).getUTCFullYear();
  for (const e of visible) {
    const span = index.spans.get(e.id);
    if (!span) continue;
    const anchorMs = span.precision === 'range' ? span.startMs : (span.startMs + span.endMs) / 2;
    out.push({
      id: e.id,
      anchorMs,
      startMs: span.startMs,
      endMs: span.endMs,
      title: e.title,
      date: markDate(e.date, withYear),
    });
  }
  // The story's notes go in the same column, where their events are.
  const shown = new Set(out.map((i) => i.id));
  (index.story.annotations ?? []).forEach((a, i) => {
    if (!a.events.every((id) => shown.has(id))) return;
    const mids = a.events.flatMap((id) => {
      const sp = index.spans.get(id);
      return sp ? [sp.startMs] : [];
    });
    const at = Math.min(...mids);
    out.push({ id: `note:${i}`, anchorMs: at, startMs: at, endMs: at, title: a.text, date: '' });
  });
  return out.sort((a, b) => a.anchorMs - b.anchorMs);
}

/**
 * The rail's height before zoom and before its stretches. Without a `probe` (the story's scale
 * over some length), the labels' heights spread evenly over the story. With one, the height at
 * which a share (`QUIET_SHARE`) of the gaps between neighbouring dates hold their titles
 * unstretched: the quiet stretches stay short, and the crowded dates are drawn longer
 * (layoutVertical) instead of the whole rail. Never more than the labels' height plus 40 %.
 */
export function verticalBaseHeight(
  items: readonly VerticalItem[],
  opts: VerticalOptions,
  probe?: TimeScale,
): number {
  const heights = items.map((it) => labelBlock(it.title, opts).heightPx + opts.gapPx);
  const sum = heights.reduce((a, b) => a + b, 0);
  const most = Math.max(360, sum * 1.4);
  if (!probe) return most;
  const [r0 = 0, r1 = 0] = probe.range();
  const ratios: number[] = [];
  for (let i = 1; i < items.length; i++) {
    const a = (items[i - 1] as VerticalItem).anchorMs;
    const b = (items[i] as VerticalItem).anchorMs;
    const gapPx = probe(b) - probe(a);
    if (gapPx > 0) ratios.push(((heights[i - 1] ?? 0) + (heights[i] ?? 0)) / 2 / gapPx);
  }
  if (ratios.length === 0) return most;
  ratios.sort((x, y) => x - y);
  const ratio = ratios[Math.floor((ratios.length - 1) * QUIET_SHARE)] as number;
  return Math.min(most, Math.max(360, (r1 - r0) * ratio));
}

/** The share of gaps between dates that hold their titles without a stretch. */
export const QUIET_SHARE = 0.2;

/**
 * The hairline from a mark on the rail to its label: level when the label sits beside its
 * mark, else slanting to the middle of the label's date line.
 */
export function verticalLeader(markY: number, labelY: number, dateH: number): string {
  const midY = labelY + dateH / 2 + 2;
  return Math.abs(midY - markY) > 3
    ? `M${RAIL_X + 7},${markY}L${LABEL_X - 10},${midY}H${LABEL_X - 3}`
    : `M${RAIL_X + 7},${markY}H${LABEL_X - 3}`;
}
