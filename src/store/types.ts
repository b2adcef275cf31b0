import type { StoryIndex } from '../data/storyIndex';
import type { ScaleKind } from '../timeline/warp';
import type { View } from '../timeline/zoom';
import type { Part } from './embedOptions';

export type Theme = 'light' | 'dark' | 'auto';

/** Everything the reader can change, in one store. */
export interface TimelineData {
  index: StoryIndex;
  widthPx: number;
  /** How time is laid along the axis. */
  scaleKind: ScaleKind;
  /** The zoom transform, `{k, x}`; the visible window is derived from it (selectDomain). */
  view: View;
  selectedId: string | null;
  /** The event that holds the timeline's single tab stop. */
  focusedId: string | null;
  /** Events to highlight, e.g. those a hovered source card supports. */
  highlightedIds: readonly string[];
  /** Actor ids shown; null shows every actor. */
  activeActors: readonly string[] | null;
  lanes: boolean;
  mode: 'timeline' | 'list';
  theme: Theme;
  embed: boolean;
  transparent: boolean;
  /** An embed's parts in order (`parts=`); null shows the compact default. */
  parts: readonly Part[] | null;
  /** An embed's fixed height in px (`height=`); null sizes the frame to its content. */
  fixedHeightPx: number | null;
  /** An embed without title and footer (`plain=1`). */
  plain: boolean;
  /** A dismissible note, e.g. about an invalid link parameter. */
  notice: string | null;
  /** A window to show once the width is known (from the URL). */
  pendingDomain: [number, number] | null;
  /** The step of the guided story being shown (0-based), or null when exploring freely. */
  storyStep: number | null;
  /** Words typed into "Find an event". */
  query: string;
}

export interface TimelineActions {
  setWidth: (widthPx: number) => void;
  /** Changes the time scale, keeping the visible window (or the whole story). */
  setScaleKind: (kind: ScaleKind) => void;
  setView: (view: View) => void;
  zoomBy: (factor: number, atPx?: number) => void;
  panBy: (dxPx: number) => void;
  resetView: () => void;
  showDomain: (fromMs: number, toMs: number) => void;
  /** Selects an event (null clears); `reveal` pans it into view. */
  selectEvent: (id: string | null, opts?: { reveal?: boolean }) => void;
  focusEvent: (id: string | null, opts?: { reveal?: boolean }) => void;
  revealEvent: (id: string) => void;
  setHighlighted: (ids: readonly string[]) => void;
  toggleActor: (id: string) => void;
  showAllActors: () => void;
  showNoActors: () => void;
  showOnlyActor: (id: string) => void;
  setLanes: (on: boolean) => void;
  setMode: (mode: 'timeline' | 'list') => void;
  setTheme: (theme: Theme) => void;
  setNotice: (notice: string | null) => void;
  /** Enters the guided story at a step (clamped), or leaves it with null, keeping the view. */
  goToStep: (step: number | null) => void;
  setQuery: (query: string) => void;
}

export type TimelineState = TimelineData & TimelineActions;
