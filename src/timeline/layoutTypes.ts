import { type EventSpan } from '../data/dateParse';

/** An event to place, in time order. */
export interface LayoutItem {
  id: string;
  span: EventSpan;
  title: string;
  /** The quiet date beside the mark, over the title ("10 June", "about June"). */
  date: string;
  /** Swimlane index; 0 on the single track. */
  lane: number;
}

/**
 * A placed event in level coordinates (pixels at the layout's zoom level, before panning):
 * a block of `units` rows from `row` down: the mark with its date beside it, then the title.
 */
export interface PlacedEvent {
  kind: 'event';
  id: string;
  lane: number;
  /** The block's first row (rows are `unit` tall; see the renderer). */
  row: number;
  units: number;
  /** Start and end of the time the event may cover; equal for a day. */
  x0: number;
  x1: number;
  /** The one mark of the event: a day's middle, a span's start, an uncertain date's middle. */
  ax: number;
  lines: string[];
  date: string;
  /** A span's date goes under its title, clear of its bar; others sit beside the mark. */
  dateBelow: boolean;
  /** The date beside the mark is on its left (when the title ends at the mark). */
  dateLeft: boolean;
  /** A title moved along its row has a hairline from the mark to here (relative to `ax`). */
  leader: number | null;
  /** True when the title needed more lines than allowed and was cut (hover shows it whole). */
  cut: boolean;
  /** The text runs right from `ax + textDx` ('start') or ends there ('end'). */
  anchor: 'start' | 'end';
  textDx: number;
  /** What the block occupies across, label and mark together. */
  from: number;
  to: number;
  /** What it occupies in its first row (mark, date, bar, hairline) and in its text rows. */
  strip: [number, number];
  text: [number, number];
  /** The title's width and what its date takes beside the mark: to place it again (fitToView). */
  labelPx?: number;
  datePx?: number;
}

/** Events that did not fit in the rows, merged into one mark with a count. */
export interface PlacedCluster {
  kind: 'cluster';
  id: string;
  lane: number;
  x: number;
  count: number;
  ids: string[];
  startMs: number;
  endMs: number;
}

export interface LayoutOptions {
  /** Rows of `unit` height per lane. */
  rowsPerLane: number;
  titlePx: number;
  datePx: number;
  maxLabelPx: number;
  maxLines: number;
  gapPx: number;
  /** Width of the bins overflow events are merged into. */
  binPx: number;
  /** Labels should not run past this x (the end of the story at this level). */
  limitPx: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  rowsPerLane: 24,
  titlePx: 13,
  datePx: 12,
  maxLabelPx: 220,
  maxLines: 3,
  gapPx: 14,
  binPx: 56,
  limitPx: Infinity,
};

/** What `layoutMarks` returns: the events with a place, and the clusters of those without. */
export interface Layout {
  events: PlacedEvent[];
  clusters: PlacedCluster[];
}
