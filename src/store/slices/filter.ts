import type { TimelineEvent } from '../../data/schema';
import type { SliceCreator } from './slice';

/** Which actors' events are shown, and the words typed into "Find an event". */
export interface FilterData {
  /** Actor ids shown, in the story's order; null shows every actor. */
  activeActors: readonly string[] | null;
  /** Words typed into "Find an event". */
  query: string;
}

export interface FilterActions {
  /** Shows or hides one actor; back to "all" (null) when every actor is on again. */
  toggleActor: (id: string) => void;
  showAllActors: () => void;
  showNoActors: () => void;
  showOnlyActor: (id: string) => void;
  /** Sets the shown actors outright (e.g. from a link); null shows every actor. */
  setActiveActors: (ids: readonly string[] | null) => void;
  setQuery: (query: string) => void;
}

export type FilterSlice = FilterData & FilterActions;

/** The shown actors as a set for lookups; null when every actor is shown. */
export function activeSetOf(activeActors: readonly string[] | null): ReadonlySet<string> | null {
  return activeActors ? new Set(activeActors) : null;
}

/** Whether the filter shows an actor (its lane, its campaigns, an event's colour). */
export function isActorShown(actor: string, active: ReadonlySet<string> | null): boolean {
  return !active || active.has(actor);
}

/**
 * The filter's one rule: an event is shown while any of its actors is. Marks, annotations,
 * the list, the counts and the exports all go through here.
 */
export function isEventShown(
  event: Pick<TimelineEvent, 'actors'>,
  active: ReadonlySet<string> | null,
): boolean {
  return !active || event.actors.some((a) => active.has(a));
}

export const createFilterSlice: SliceCreator<FilterSlice> = (set, get) => ({
  activeActors: null,
  query: '',
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
  setActiveActors: (ids) => set({ activeActors: ids }),
  setQuery: (query) => set({ query }),
});
