import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Story } from '../data/schema';
import { createHistory, pushHistory, redo, undo, type History } from './history';
import { newDraftId, saveDraft, type Draft } from './drafts';

/** What undo and redo step through: the story and the source texts beside it. */
export interface Snapshot {
  story: Story;
  texts: Record<string, string>;
}

export interface EditorState {
  /** The open draft's id and name; null while the start screen shows. */
  draftId: string | null;
  name: string;
  history: History<Snapshot>;
  exported: boolean;
  /** The chosen event, by its place in `story.events` (ids may clash while being written). */
  selected: number | null;
  /** Why the last save failed (storage full or off), or null. */
  saveError: string | null;
  savedAt: number | null;
  /** Opens a story as a new draft. */
  start: (story: Story, name: string) => void;
  /** Opens a saved draft. */
  open: (draft: Draft) => void;
  /** Back to the start screen; the draft stays saved. */
  close: () => void;
  /** Changes the story; `key` names the field, so keystrokes in it make one undo step. */
  edit: (key: string, change: (story: Story) => Story) => void;
  setText: (sourceId: string, text: string) => void;
  rename: (name: string) => void;
  select: (index: number | null) => void;
  undo: () => void;
  redo: () => void;
  markExported: () => void;
}

export type EditorStore = StoreApi<EditorState>;

/** The editor's store; every change is saved to `storage` at once. */
export function createEditorStore(storage: Storage, now: () => number = Date.now): EditorStore {
  return createStore<EditorState>()((set, get) => {
    const save = () => {
      const s = get();
      if (s.draftId === null) return;
      const at = now();
      const draft: Draft = {
        id: s.draftId,
        name: s.name,
        ...s.history.present,
        updatedAt: at,
        exported: s.exported,
      };
      const error = saveDraft(storage, draft);
      set({ saveError: error, savedAt: error ? s.savedAt : at });
    };
    const change = (key: string, next: Snapshot) => {
      const s = get();
      set({ history: pushHistory(s.history, next, key, now()), exported: false });
      save();
    };
    const step = (history: History<Snapshot>) => {
      const count = history.present.story.events.length;
      const selected = get().selected;
      set({
        history,
        exported: false,
        selected: selected !== null && selected < count ? selected : null,
      });
      save();
    };
    return {
      draftId: null,
      name: '',
      history: createHistory<Snapshot>({
        story: { title: '', dek: '', credit: '', groups: [], actors: [], sources: [], events: [] },
        texts: {},
      }),
      exported: false,
      selected: null,
      saveError: null,
      savedAt: null,
      start: (story, name) => {
        set({
          draftId: newDraftId(now(), Math.random()),
          name,
          history: createHistory({ story, texts: {} }),
          exported: false,
          selected: story.events.length ? 0 : null,
        });
        save();
      },
      open: (draft) =>
        set({
          draftId: draft.id,
          name: draft.name,
          history: createHistory({ story: draft.story, texts: draft.texts }),
          exported: draft.exported,
          selected: draft.story.events.length ? 0 : null,
          savedAt: draft.updatedAt,
          saveError: null,
        }),
      close: () => set({ draftId: null, selected: null }),
      edit: (key, fn) => {
        const present = get().history.present;
        change(key, { ...present, story: fn(present.story) });
      },
      setText: (sourceId, text) => {
        const present = get().history.present;
        change(`text:${sourceId}`, { ...present, texts: { ...present.texts, [sourceId]: text } });
      },
      rename: (name) => {
        set({ name });
        save();
      },
      select: (selected) => set({ selected }),
      undo: () => step(undo(get().history)),
      redo: () => step(redo(get().history)),
      markExported: () => {
        set({ exported: true });
        save();
      },
    };
  });
}
