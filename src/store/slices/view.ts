import type { StoryIndex } from '../../timeline/storyIndex';
import { anchorsOf, autoScaleKind } from '../../timeline/breaks';
import type { ScaleKind } from '../../timeline/warp';
import {
  clampView,
  domainToView,
  IDENTITY_VIEW,
  isZoomed,
  ZOOM_STEP,
  zoomAround,
  type View,
} from '../../timeline/zoom';
import { selectBaseScale, selectDomain, selectMaxZoom } from '../selectors';
import type { TimelineState } from '../types';
import type { SliceCreator } from './slice';
import { MIN_VISIBLE_MS } from '../../timeline/warp';

/** What part of the story is in view, at what width and on which time scale. */
export interface ViewData {
  widthPx: number;
  /** How time is laid along the axis. */
  scaleKind: ScaleKind;
  /** The zoom transform, `{k, x}`; the visible window is derived from it (selectDomain). */
  view: View;
  /** A window to show once the width is known (from the URL). */
  pendingDomain: [number, number] | null;
  /**
   * On the phone's rail, zoomed: the time on screen. The rail scrolls with the page, so the
   * view's window is not what the reader sees; the URL writes this one.
   */
  railWindow: [number, number] | null;
}

export interface ViewActions {
  /** Sets the track's width, keeping the visible window (or the whole story). */
  setWidth: (widthPx: number) => void;
  /** Changes the time scale, keeping the visible window (or the whole story). */
  setScaleKind: (kind: ScaleKind) => void;
  setView: (view: View) => void;
  /** Zooms by `factor` about pixel `atPx` (default: the selected event, else the middle). */
  zoomBy: (factor: number, atPx?: number) => void;
  /** One step in (a button, the `+` key), about `atPx` as zoomBy. */
  zoomIn: (atPx?: number) => void;
  /** One step out (a button, the `-` key), about `atPx` as zoomBy. */
  zoomOut: (atPx?: number) => void;
  panBy: (dxPx: number) => void;
  resetView: () => void;
  showDomain: (fromMs: number, toMs: number) => void;
  /** What the phone's rail shows on screen once zoomed (null: the whole story). */
  setRailWindow: (window: [number, number] | null) => void;
  /** Pans an event into view, unless it is already well inside it. */
  revealEvent: (id: string) => void;
}

export type ViewSlice = ViewData & ViewActions;

const defaultScales = new WeakMap<StoryIndex, ScaleKind>();
/** The scale a story opens in: the one it names, else shortened gaps where time is mostly empty. */
export function defaultScaleKind(index: StoryIndex): ScaleKind {
  // Asked on every URL write (each selection): weighing the gaps once per story is enough.
  let kind = defaultScales.get(index);
  if (!kind) {
    kind = index.story.scale ?? autoScaleKind(anchorsOf(index.spans), ...index.extent);
    defaultScales.set(index, kind);
  }
  return kind;
}

/** The window to keep across a change of width or scale; null keeps the whole story whole. */
function windowToKeep(s: TimelineState): [number, number] | null {
  // With shortened stretches the extent depends on the width: the whole story stays whole.
  return s.pendingDomain ?? (s.widthPx > 0 && isZoomed(s.view) ? selectDomain(s) : null);
}

/** Zoom keeps the selected event where it is when it is in view; else the view's centre. */
function anchorPx(s: TimelineState): number {
  const span = s.selectedId ? s.index.spans.get(s.selectedId) : undefined;
  if (span) {
    const x = selectBaseScale(s)((span.startMs + span.endMs) / 2) * s.view.k + s.view.x;
    if (x >= 0 && x <= s.widthPx) return x;
  }
  return s.widthPx / 2;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get, index) => {
  const clamp = (view: View) => {
    const s = get();
    return s.widthPx > 0 ? clampView(view, s.widthPx, selectMaxZoom(s)) : view;
  };
  const zoomBy = (factor: number, atPx?: number) => {
    const s = get();
    set({ view: clamp(zoomAround(s.view, factor, atPx ?? anchorPx(s))) });
  };
  const showDomain = (fromMs: number, toMs: number) => {
    const s = get();
    if (s.widthPx <= 0) {
      set({ pendingDomain: [fromMs, toMs] });
      return;
    }
    const mid = (fromMs + toMs) / 2;
    const w = selectBaseScale(s).warp;
    // A story with times may show less than a day; a sequence's limit is in its own steps.
    const least = w.kind === 'sequence' ? MIN_VISIBLE_MS : Math.min(MIN_VISIBLE_MS, w.minVisibleU);
    const half = Math.max(toMs - fromMs, least) / 2;
    set({
      view: clamp(domainToView(selectBaseScale(s), mid - half, mid + half)),
      pendingDomain: null,
    });
  };
  return {
    widthPx: 0,
    scaleKind: defaultScaleKind(index),
    view: IDENTITY_VIEW,
    pendingDomain: null,
    railWindow: null,
    setWidth: (widthPx) => {
      const s = get();
      if (widthPx === s.widthPx || widthPx <= 0) return;
      // Keep the visible window across a resize: views survive any iframe width.
      const domain = windowToKeep(s);
      set({ widthPx });
      if (domain) showDomain(domain[0], domain[1]);
    },
    setScaleKind: (scaleKind) => {
      const s = get();
      if (scaleKind === s.scaleKind) return;
      const domain = windowToKeep(s);
      set({ scaleKind, view: IDENTITY_VIEW });
      if (domain) showDomain(domain[0], domain[1]);
    },
    setView: (view) => set({ view: clamp(view) }),
    zoomBy,
    zoomIn: (atPx) => zoomBy(ZOOM_STEP, atPx),
    zoomOut: (atPx) => zoomBy(1 / ZOOM_STEP, atPx),
    panBy: (dx) => {
      const { view } = get();
      set({ view: clamp({ k: view.k, x: view.x + dx }) });
    },
    resetView: () => set({ view: IDENTITY_VIEW, pendingDomain: null, railWindow: null }),
    showDomain,
    setRailWindow: (railWindow) => set({ railWindow }),
    revealEvent: (id) => {
      const s = get();
      const span = s.index.spans.get(id);
      if (!span || s.widthPx <= 0) return;
      const [from, to] = selectDomain(s);
      const pad = (to - from) * 0.08;
      const mid = (span.startMs + span.endMs) / 2;
      if (mid >= from + pad && mid <= to - pad) return;
      const width = to - from;
      showDomain(mid - width / 2, mid + width / 2);
    },
  };
};
