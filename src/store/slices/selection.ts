import type { SliceCreator } from './slice';

/** Which event is open, which holds the tab stop, and which are lit up. */
export interface SelectionData {
  selectedId: string | null;
  /** The event that holds the timeline's single tab stop. */
  focusedId: string | null;
  /** Events to highlight, e.g. those a hovered source card supports. */
  highlightedIds: readonly string[];
}

export interface SelectionActions {
  /** Selects an event (null clears, keeping the focus); `reveal` pans it into view. */
  selectEvent: (id: string | null, opts?: { reveal?: boolean }) => void;
  /** Moves the tab stop; `reveal` pans the event into view. */
  focusEvent: (id: string | null, opts?: { reveal?: boolean }) => void;
  setHighlighted: (ids: readonly string[]) => void;
}

export type SelectionSlice = SelectionData & SelectionActions;

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get, index) => ({
  selectedId: null,
  focusedId: index.events[0]?.id ?? null,
  highlightedIds: [],
  selectEvent: (id, opts = {}) => {
    set({ selectedId: id, ...(id ? { focusedId: id } : {}) });
    if (id && opts.reveal) get().revealEvent(id);
  },
  focusEvent: (id, opts = {}) => {
    set({ focusedId: id });
    if (id && opts.reveal) get().revealEvent(id);
  },
  setHighlighted: (ids) => set({ highlightedIds: ids }),
});
