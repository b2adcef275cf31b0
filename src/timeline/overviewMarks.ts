import { anchorOf } from './layout';
import { type EventSpan } from '../data/dateParse';

/** An event in the overview strip: a tick at its best date, and the time its date may cover. */
export interface OverviewEvent {
  id: string;
  /** The tick: the same mark for every event, at the same place as its mark above. */
  x: number;
  /** A span with known ends (a slim solid bar), or an uncertain date's window (faint). */
  span: { x0: number; x1: number; uncertain: boolean } | null;
}

/** A bin of the density strip drawn for stories too large for a tick each. */
export interface DensityBin {
  x: number;
  /** Bar height in px; 0 for an empty bin. */
  h: number;
}

export type OverviewMarks =
  { kind: 'events'; events: OverviewEvent[] } | { kind: 'density'; bins: DensityBin[] };

/** Up to this many events the strip draws a tick each; past it, density bars. */
export const OVERVIEW_TICKS_MAX = 400;

/**
 * What the overview strip draws: where each event falls (a tick at its best date, uncertain
 * windows faint, so months with one vague event do not read as busy), or for large stories,
 * event density in 3 px bins (bounded work whatever the number of events).
 */
export function overviewMarksOf(
  ids: readonly string[],
  spans: ReadonlyMap<string, EventSpan>,
  xOf: (ms: number) => number,
  widthPx: number,
  heightPx: number,
): OverviewMarks {
  if (ids.length <= OVERVIEW_TICKS_MAX) {
    const events: OverviewEvent[] = [];
    for (const id of ids) {
      const s = spans.get(id);
      if (!s) continue;
      const x = anchorOf(s, xOf);
      const span =
        s.precision === 'day'
          ? null
          : { x0: xOf(s.startMs), x1: xOf(s.endMs), uncertain: s.precision !== 'range' };
      events.push({ id, x, span });
    }
    return { kind: 'events', events };
  }
  const n = Math.max(1, Math.floor(widthPx / 3));
  const counts = new Array<number>(n).fill(0);
  for (const id of ids) {
    const s = spans.get(id);
    if (!s) continue;
    const a = Math.floor(xOf(s.startMs) / 3);
    const b = Math.max(a, Math.floor(xOf(s.endMs) / 3));
    for (let i = Math.max(0, a); i <= Math.min(n - 1, b); i++) counts[i] = (counts[i] ?? 0) + 1;
  }
  const max = Math.max(1, ...counts);
  const bins = counts.map((c, i) => ({
    x: i * 3,
    h: c === 0 ? 0 : 4 + (c / max) * (heightPx - 20),
  }));
  return { kind: 'density', bins };
}
