import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createContext, useContext } from 'react';
import type { StoryIndex } from '../data/storyIndex';
import {
  clampView,
  DAY_MS,
  domainToView,
  IDENTITY_VIEW,
  MIN_VISIBLE_MS,
  zoomAround,
} from '../timeline/zoom';
import { anchorsOf, autoScaleKind } from '../timeline/breaks';
import type { ScaleKind } from '../timeline/warp';
import { selectBaseScale, selectDomain, selectMaxZoom } from './selectors';
import type { TimelineData, TimelineState } from './types';

export type TimelineStore = StoreApi<TimelineState>;

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

export function initialData(index: StoryIndex): TimelineData {
  return {
    index,
    widthPx: 0,
    scaleKind: defaultScaleKind(index),
    view: IDENTITY_VIEW,
    selectedId: null,
    focusedId: index.events[0]?.id ?? null,
    highlightedIds: [],
    activeActors: null,
    lanes: false,
    mode: 'timeline',
    theme: 'auto',
    embed: false,
    transparent: false,
    parts: null,
    fixedHeightPx: null,
    plain: false,
    notice: null,
    pendingDomain: null,
    storyStep: null,
    query: '',
  };
}

/** A store per story (and per test), as zustand's "initialize state with props" guide. */
export function createTimelineStore(
  index: StoryIndex,
  initial: Partial<TimelineData> = {},
): TimelineStore {
  return createStore<TimelineState>()((set, get) => {
    const clamp = (view: TimelineData['view']) => {
      const s = get();
      return s.widthPx > 0 ? clampView(view, s.widthPx, selectMaxZoom(s)) : view;
    };
    const showDomain = (fromMs: number, toMs: number) => {
      const s = get();
      if (s.widthPx <= 0) {
        set({ pendingDomain: [fromMs, toMs] });
        return;
      }
      const mid = (fromMs + toMs) / 2;
      const half = Math.max(toMs - fromMs, MIN_VISIBLE_MS) / 2;
      set({
        view: clamp(domainToView(selectBaseScale(s), mid - half, mid + half)),
        pendingDomain: null,
      });
    };
    const revealEvent = (id: string) => {
      const s = get();
      const span = s.index.spans.get(id);
      if (!span || s.widthPx <= 0) return;
      const [from, to] = selectDomain(s);
      const pad = (to - from) * 0.08;
      const mid = (span.startMs + span.endMs) / 2;
      const inView = mid >= from + pad && mid <= to - pad;
      if (inView) return;
      const width = to - from;
      showDomain(mid - width / 2, mid + width / 2);
    };
    // Zoom keeps the selected event where it is when it is in view; else the view's centre.
    const anchorPx = () => {
      const s = get();
      const span = s.selectedId ? s.index.spans.get(s.selectedId) : undefined;
      if (span) {
        const x = selectBaseScale(s)((span.startMs + span.endMs) / 2) * s.view.k + s.view.x;
        if (x >= 0 && x <= s.widthPx) return x;
      }
      return s.widthPx / 2;
    };
    return {
      ...initialData(index),
      ...initial,
      setWidth: (widthPx) => {
        const s = get();
        if (widthPx === s.widthPx || widthPx <= 0) return;
        // Keep the visible window across a resize: views survive any iframe width. The whole
        // story stays whole (with shortened stretches its extent depends on the width).
        const whole = s.view.k === 1 && s.view.x === 0;
        const domain = s.pendingDomain ?? (s.widthPx > 0 && !whole ? selectDomain(s) : null);
        set({ widthPx });
        if (domain) showDomain(domain[0], domain[1]);
      },
      setScaleKind: (scaleKind) => {
        const s = get();
        if (scaleKind === s.scaleKind) return;
        const whole = s.view.k === 1 && s.view.x === 0;
        const domain = s.pendingDomain ?? (s.widthPx > 0 && !whole ? selectDomain(s) : null);
        set({ scaleKind, view: IDENTITY_VIEW });
        if (domain) showDomain(domain[0], domain[1]);
      },
      setView: (view) => set({ view: clamp(view) }),
      zoomBy: (factor, atPx) => {
        const s = get();
        set({ view: clamp(zoomAround(s.view, factor, atPx ?? anchorPx())) });
      },
      panBy: (dx) => {
        const s = get();
        set({ view: clamp({ k: s.view.k, x: s.view.x + dx }) });
      },
      resetView: () => set({ view: IDENTITY_VIEW, pendingDomain: null }),
      showDomain,
      selectEvent: (id, opts = {}) => {
        set({ selectedId: id, ...(id ? { focusedId: id } : {}) });
        if (id && opts.reveal) revealEvent(id);
      },
      focusEvent: (id, opts = {}) => {
        set({ focusedId: id });
        if (id && opts.reveal) revealEvent(id);
      },
      revealEvent,
      setHighlighted: (ids) => set({ highlightedIds: ids }),
      toggleActor: (id) => {
        const s = get();
        const all = s.index.story.actors.map((a) => a.id);
        const current = new Set(s.activeActors ?? all);
        if (current.has(id)) current.delete(id);
        else current.add(id);
        set({
          activeActors: current.size === all.length ? null : all.filter((a) => current.has(a)),
        });
      },
      showAllActors: () => set({ activeActors: null }),
      showNoActors: () => set({ activeActors: [] }),
      showOnlyActor: (id) => set({ activeActors: [id] }),
      setLanes: (lanes) => set({ lanes }),
      setMode: (mode) => set({ mode }),
      setTheme: (theme) => set({ theme }),
      setNotice: (notice) => set({ notice }),
      goToStep: (step) => {
        const s = get();
        const steps = s.index.story.steps ?? [];
        if (step === null || steps.length === 0) {
          set({ storyStep: null });
          return;
        }
        const i = Math.min(steps.length - 1, Math.max(0, Math.round(step)));
        const target = steps[i];
        const span = target ? s.index.spans.get(target.event) : undefined;
        set({
          storyStep: i,
          selectedId: target?.event ?? null,
          focusedId: target?.event ?? s.focusedId,
        });
        if (span) {
          // Centre the step's event with room around it: about six weeks, or the span itself.
          const pad = Math.max(21 * DAY_MS, (span.endMs - span.startMs) * 0.25);
          showDomain(span.startMs - pad, span.endMs + pad);
        }
      },
      setQuery: (query) => set({ query }),
    };
  });
}

export const StoreContext = createContext<TimelineStore | null>(null);

/** Reads the timeline store of the nearest provider. */
export function useTimeline<T>(selector: (s: TimelineState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTimeline needs a <StoreContext.Provider>');
  return useStore(store, selector);
}

export function useTimelineStore(): TimelineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTimelineStore needs a <StoreContext.Provider>');
  return store;
}

/** The visible window [fromMs, toMs]; compared by value so equal windows do not re-render. */
export function useDomain(): [number, number] {
  return useTimeline(useShallow(selectDomain));
}
