import type { TimelineEvent } from '../data/schema';
import { isActorShown } from './actorFilter';
import { primaryActor, type StoryIndex } from './storyIndex';
import { pixelsOf, type TimeScale } from './timeScale';
import { layoutMarks } from './layout';
import { type EventSpan } from '../data/dateParse';
import { spansOfEvents } from './eventSpans';
import { markDate } from '../data/dateFormat';
import {
  DEFAULT_LAYOUT,
  type Layout,
  type LayoutItem,
  type LayoutOptions,
  type PlacedCluster,
  type PlacedEvent,
} from './layoutTypes';

/** The height of one row of a mark's block (the mark's row, then each title line). */
export const UNIT_PX = 15;
const CLUSTER_ROW_H = 28;

/** The swimlanes the marks are drawn in. */
export interface LaneInfo {
  /** Actor id per lane; a single empty lane on the single track. */
  actors: string[];
  rowsPerLane: number;
  laneH: number;
  top: number;
}

/** A lane's height: its rows of marks, then the row of clusters under them. */
export const laneHeight = (rows: number) => rows * UNIT_PX + CLUSTER_ROW_H;

/** The y of a row of a lane, in the layer's pixels. */
export function rowY(lanes: LaneInfo, lane: number, row: number): number {
  return lanes.top + lane * lanes.laneH + row * UNIT_PX;
}

/** The y of a lane's clusters: the row under its marks. */
export function clusterY(lanes: LaneInfo, lane: number): number {
  return rowY(lanes, lane, lanes.rowsPerLane);
}

/** Whether marks write the year in their dates: only when the story spans more than one. */
export function withYearOf([from, to]: readonly [number, number]): boolean {
  return new Date(from).getUTCFullYear() !== new Date(to).getUTCFullYear();
}

/**
 * One thing to place. Its date is written when the layout first asks (Intl is slow, and a
 * greedy layout skips most of a 100,000-event story's marks without measuring their labels),
 * then kept. A class, not an object with its own getter: no closure per item, on every event
 * of the story before the first mark.
 */
class Item implements LayoutItem {
  private d: string | undefined;
  constructor(
    public id: string,
    public span: EventSpan,
    public lane: number,
    private e: TimelineEvent,
    private y: boolean,
  ) {}
  /** Read where the layout measures the label: most of a large story's items never are. */
  get title(): string {
    return this.e.title;
  }
  get date(): string {
    return (this.d ??= markDate(this.e.date, this.y));
  }
}

/**
 * What to place, in time order. In swimlanes an event appears in the lane of each of its shown
 * actors; the first keeps the event's id, later ones are keyed `id@actor`.
 */
export function layoutItemsOf(
  visible: readonly TimelineEvent[],
  index: Pick<StoryIndex, 'extent' | 'spans'>,
  laneActors: readonly string[],
  activeSet: ReadonlySet<string> | null,
): LayoutItem[] {
  const withYear = withYearOf(index.extent);
  const laneOf = new Map(laneActors.map((a, i) => [a, i]));
  const out: LayoutItem[] = [];
  const primaries = new Set<string>();
  const spans = spansOfEvents(visible, index.spans);
  for (let i = 0; i < visible.length; i++) {
    const e = visible[i] as TimelineEvent;
    const span = spans[i];
    if (!span) continue;
    if (laneActors.length <= 1) {
      out.push(new Item(e.id, span, 0, e, withYear));
      continue;
    }
    for (const a of e.actors) {
      const lane = laneOf.get(a);
      if (lane === undefined || !isActorShown(a, activeSet)) continue;
      const key = primaries.has(e.id) ? `${e.id}@${a}` : e.id;
      primaries.add(e.id);
      out.push(new Item(key, span, lane, e, withYear));
    }
  }
  return out.sort((a, b) => a.span.startMs - b.span.startMs);
}

/** The layout options for these lanes: one line of title per mark in swimlanes. */
export function markLayoutOptions(lanes: LaneInfo, narrow: boolean): LayoutOptions {
  return {
    ...DEFAULT_LAYOUT,
    rowsPerLane: lanes.rowsPerLane,
    titlePx: narrow ? 14 : 13,
    maxLabelPx: narrow ? 170 : 210,
    maxLines: lanes.actors.length > 1 ? 1 : 3,
    // Wide enough for the widest cluster pill ("+1.3k", 54 px) at any size.
    binPx: 56,
  };
}

/**
 * Lays the items out at a zoom level `k` of the base scale; `priority` events (selected,
 * focused) are kept out of clusters.
 */
export function createLevelLayout(
  items: readonly LayoutItem[],
  base: TimeScale,
  laneCount: number,
  opts: LayoutOptions,
): (k: number, priority?: ReadonlySet<string>) => Layout {
  const px = pixelsOf(base);
  const widthPx = base.range()[1] ?? 0;
  return (k, priority) =>
    layoutMarks(
      items,
      (ms: number) => px(ms) * k,
      Math.max(1, laneCount),
      { ...opts, limitPx: widthPx * k - 4 },
      priority,
    );
}

const placedCache = new WeakMap<object, Set<string>>();
/** The ids a layout gives a place of their own (not in a cluster); cached per layout. */
export function placedIdsOf(layout: { events: readonly { id: string }[] }): Set<string> {
  let ids = placedCache.get(layout);
  if (!ids) {
    ids = new Set(layout.events.map((e) => e.id));
    placedCache.set(layout, ids);
  }
  return ids;
}

/** The ids among `wanted` (selected, focused) that are events hidden in a cluster of `layout`. */
export function hiddenIdsOf(
  layout: Layout,
  wanted: readonly (string | null | undefined)[],
  spans: ReadonlyMap<string, EventSpan>,
): string[] {
  const placed = placedIdsOf(layout);
  return wanted.filter((x): x is string => !!x && !placed.has(x) && spans.has(x));
}

/** Where one drawn node sits at its layout's zoom level (level pixels). */
export interface HotSpec {
  /** The node's `data-hot` attribute. */
  key: string;
  /** The anchor the node is translated to. */
  ax: number;
  /** A span's ends, stretched with the zoom (its child with `data-span`). */
  x0: number;
  x1: number;
  y: number;
}

/** Where each drawn mark, whisker (`w:id`) and cluster (`c:id`) sits at this level. */
export function hotSpecsOf(
  drawn: { events: readonly PlacedEvent[]; clusters: readonly PlacedCluster[] },
  lanes: LaneInfo,
): HotSpec[] {
  const out: HotSpec[] = [];
  for (const p of drawn.events) {
    const y = rowY(lanes, p.lane, p.row);
    out.push({ key: p.id, ax: p.ax, x0: p.x0, x1: p.x1, y });
    out.push({ key: `w:${p.id}`, ax: p.ax, x0: p.x0, x1: p.x1, y });
  }
  for (const c of drawn.clusters) {
    const y = clusterY(lanes, c.lane);
    out.push({ key: `c:${c.id}`, ax: c.x, x0: c.x, x1: c.x, y });
  }
  return out;
}

/** The event id of a placed mark (a swimlane copy is keyed `id@actor`). */
export const eventIdOf = (placedId: string): string => placedId.split('@')[0] ?? placedId;

/** The actor whose colour and shape a mark takes: its lane's, else the event's primary one. */
export function markActorOf(
  lane: number,
  event: TimelineEvent | undefined,
  laneActors: readonly string[],
  activeSet: ReadonlySet<string> | null,
): string {
  if (laneActors.length > 1) return laneActors[lane] ?? '';
  return event ? primaryActor(event, activeSet) : '';
}

/** Whether a span gets a whisker: the faint line of an uncertain (month or approximate) date. */
export function hasWhisker(span: EventSpan | undefined): span is EventSpan {
  const p = span?.precision;
  return p === 'month' || p === 'year' || p === 'approximate';
}
