import type { TimelineEvent } from '../data/schema';
import { createStoryScale } from '../timeline/scales';
import type { TimeScale } from '../timeline/timeScale';
import { maxZoom, viewToDomain } from '../timeline/zoom';
import type { TimelineState } from './types';

// One-entry caches: selectors run on every store change, the inputs rarely change.
let baseKey: unknown[] = [];
let baseValue: TimeScale | null = null;

/** The base scale (whole story across the width). Only extent and width change it. */
export function selectBaseScale(
  s: Pick<TimelineState, 'index' | 'widthPx' | 'scaleKind'>,
): TimeScale {
  if (
    !baseValue ||
    baseKey[0] !== s.index ||
    baseKey[1] !== s.widthPx ||
    baseKey[2] !== s.scaleKind
  ) {
    baseKey = [s.index, s.widthPx, s.scaleKind];
    baseValue = createStoryScale(s.index.spans, s.scaleKind, s.widthPx);
  }
  return baseValue;
}

export function selectMaxZoom(s: Pick<TimelineState, 'index' | 'widthPx' | 'scaleKind'>): number {
  return maxZoom(selectBaseScale(s));
}

/** The visible window, derived from the zoom transform here and nowhere else. */
export function selectDomain(s: TimelineState): [number, number] {
  return viewToDomain(selectBaseScale(s), s.view);
}

let visKey: unknown[] = [];
let visValue: TimelineEvent[] = [];

/** Events the actor filter lets through, in time order. */
export function selectVisibleEvents(
  s: Pick<TimelineState, 'index' | 'activeActors'>,
): TimelineEvent[] {
  if (visKey[0] !== s.index || visKey[1] !== s.activeActors) {
    visKey = [s.index, s.activeActors];
    const active = s.activeActors ? new Set(s.activeActors) : null;
    visValue = active
      ? s.index.events.filter((e) => e.actors.some((a) => active.has(a)))
      : s.index.events;
  }
  return visValue;
}

export function selectActiveSet(
  s: Pick<TimelineState, 'activeActors'>,
): ReadonlySet<string> | null {
  return s.activeActors ? new Set(s.activeActors) : null;
}
