import type { SliceCreator } from './slice';

/** Which actors' events are shown (the rule: timeline/actorFilter.ts), and the search words. */
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
