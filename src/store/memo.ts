import type { TimelineEvent } from '../data/schema';
import type { StoryIndex } from '../timeline/storyIndex';
import { createStoryScale } from '../timeline/scales';
import type { TimeScale } from '../timeline/timeScale';
import type { ScaleKind } from '../timeline/warp';
import { activeSetOf, isEventShown } from '../timeline/actorFilter';
import { viewToDomain, type View } from '../timeline/zoom';

/** Remembers the last call only: recomputes when any argument changes (by identity). */
export function memoOne<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args) => {
    if (!last || last.args.length !== args.length || last.args.some((a, i) => a !== args[i]))
      last = { args, value: fn(...args) };
    return last.value;
  };
}

/**
 * The selectors' caches of one store. Selectors run on every store change and their inputs
 * rarely change; kept per store (not per module), so two stores on one page (a story and its
 * embed preview, or the build's pictures at three widths) do not evict each other's entries.
 */
export interface SelectorMemo {
  baseScale: (index: StoryIndex, widthPx: number, kind: ScaleKind) => TimeScale;
  visibleEvents: (index: StoryIndex, activeActors: readonly string[] | null) => TimelineEvent[];
  domain: (base: TimeScale, view: View) => [number, number];
}

export function createSelectorMemo(): SelectorMemo {
  return {
    baseScale: memoOne((index: StoryIndex, widthPx: number, kind: ScaleKind) =>
      createStoryScale(index.spans, kind, widthPx),
    ),
    visibleEvents: memoOne(visibleEventsOf),
    domain: memoOne(viewToDomain),
  };
}

/** Events the actor filter lets through, in time order (the story's own array when all are). */
export function visibleEventsOf(
  index: StoryIndex,
  activeActors: readonly string[] | null,
): TimelineEvent[] {
  const active = activeSetOf(activeActors);
  return active ? index.events.filter((e) => isEventShown(e, active)) : index.events;
}
