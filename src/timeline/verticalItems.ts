import type { TimelineEvent } from '../data/schema';
import { markDate } from '../data/dates';
import type { StoryIndex } from './storyIndex';
import {
  layoutVertical,
  VERTICAL_DEFAULTS,
  type VerticalItem,
  type VerticalOptions,
} from './verticalLayout';

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
 * The rail's height before zoom: time is stretched so the labels fit near their dates on
 * average, roomier than the labels alone so crowded weeks spread less far from their dates.
 */
export function verticalBaseHeight(items: readonly VerticalItem[], opts: VerticalOptions): number {
  let sum = 0;
  for (const it of items)
    sum += layoutVertical([it], () => 0, opts).heightPx + VERTICAL_DEFAULTS.gapPx;
  return Math.max(360, sum * 1.4);
}

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
