import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Story } from '../data/schema';
import {
  createHistory,
  keptSteps,
  pushHistory,
  redo,
  restoredHistory,
  undo,
  type History,
} from './history';
import {
  listDrafts,
  newDraftId,
  saveDraft,
  snapshotText,
  type Draft,
  type DraftRead,
  type DraftSnapshot,
  type DraftStorage,
} from './drafts';
import { carryTranslations, type Translations } from './translations';
import { BIG_STORY, PAUSE_MS } from './bigStory';
import { readStoredDraft } from './readStoredDraft';
import { words } from './words';

/** What undo and redo step through: the story, its other languages and the source texts. */
export type Snapshot = DraftSnapshot;

/**
 * How much of the undo history is saved with a draft, in characters of JSON: a few megabytes
 * fit in any browser's storage beside the draft itself.
 */
const HISTORY_BUDGET = 1_000_000;

/** A draft that could not be read back, with its raw text. */
export type DamagedDraft = Extract<DraftRead, { status: 'damaged' }>;

/**
 * Whether this tab may write the open draft: one tab edits a draft, others show it
 * (`tabClaim.ts`); `taken-over` is a tab that was editing until another took the draft.
 */
export type TabRole = 'editing' | 'open-elsewhere' | 'taken-over';

export interface EditorState {
  /** The open draft's id and name; null while the start screen shows. */
  draftId: string | null;
  name: string;
  history: History<Snapshot>;
  exported: boolean;
  /** The event ids readers may already link to (`Draft.published`): these never follow a title. */
  published: string[];
  /** The chosen event, by its place in `story.events` (ids may clash while being written). */
  selected: number | null;
  /** Why the last save failed (storage full or off), or null. */
  saveError: string | null;
  savedAt: number | null;
  /**
   * Whether the open draft is safe from a reload: a story just opened is shown only once its
   * first save is committed (or has failed, and says so), so a reload at once finds it.
   */
  durable: boolean;
  /** The name of a stored draft being read back (in a worker), shown on the start screen. */
  reading: string | null;
  /**
   * Reads a stored draft back and opens it (a damaged one is named on the start screen);
   * resolves once it shows or is refused.
   */
  openStored: (id: string) => Promise<void>;
  /** A stored draft that could not be opened, shown on the start screen until dismissed. */
  damaged: DamagedDraft | null;
  tab: TabRole;
  /**
   * Whether every problem shows at its field; else only those at fields already typed in or
   * left (`touched`, by field id), so a new empty story does not open in red.
   */
  showAll: boolean;
  touched: ReadonlySet<string>;
  touch: (fieldId: string) => void;
  setShowAll: (showAll: boolean) => void;
  /** Where drafts are kept (the drafts database, or localStorage). */
  storage: DraftStorage;
  setDamaged: (damaged: DamagedDraft | null) => void;
  /**
   * Opens a story (and its texts in other languages, and its sources' texts) as a new draft;
   * resolves once it shows (`durable`).
   */
  start: (
    story: Story,
    name: string,
    translations?: Translations,
    texts?: Record<string, string>,
  ) => Promise<void>;
  /** Opens a saved draft. */
  open: (draft: Draft) => void;
  /** Shows a new draft already saved (by the worker that opened its file). */
  openSaved: (draft: Draft) => void;
  /** Back to the start screen; the draft stays saved. */
  close: () => void;
  /** Changes the story; `key` names the field, so keystrokes in it make one undo step. */
  edit: (key: string, change: (story: Story) => Story) => void;
  setText: (sourceId: string, text: string) => void;
  /** Sets one text in another language (`key` as `textSlots` names it); empty removes it. */
  translate: (lang: string, key: string, text: string) => void;
  /** Adds a language to translate into. */
  addLanguage: (lang: string) => void;
  /** Drops a language and every translation in it (undo brings them back). */
  removeLanguage: (lang: string) => void;
  rename: (name: string) => void;
  select: (index: number | null) => void;
  undo: () => void;
  redo: () => void;
  markExported: () => void;
  /** Saves now what a big story's typing left to save at its pause (the page is being left). */
  flush: () => void;
}

export type EditorStore = StoreApi<EditorState>;

/**
 * A step's size in the saved draft, measured once per step: steps are never changed, so the
 * sizes of old ones are remembered rather than counted again at every keystroke.
 */
const sizes = new WeakMap<Snapshot, number>();
function stepSize(step: Snapshot): number {
  let n = sizes.get(step);
  if (n === undefined) {
    n = snapshotText(step).length;
    sizes.set(step, n);
  }
  return n;
}

/** The editor's store; every change (and the undo history with it) is saved at once. */
export function createEditorStore(
  storage: DraftStorage,
  now: () => number = Date.now,
): EditorStore {
  return createStore<EditorState>()((set, get) => {
    // A big story is saved once a run of keystrokes pauses (and as the page is left, `flush`):
    // writing 5 MB takes longer than a keystroke may.
    let pending: ReturnType<typeof setTimeout> | null = null;
    const saveSoon = () => {
      if (get().history.present.story.events.length < BIG_STORY) return save();
      if (pending !== null) clearTimeout(pending);
      pending = setTimeout(save, PAUSE_MS);
    };
    const save = () => {
      if (pending !== null) clearTimeout(pending);
      pending = null;
      const s = get();
      if (s.draftId === null || s.tab !== 'editing') return;
      const at = now();
      const draft: Draft = {
        id: s.draftId,
        name: s.name,
        ...s.history.present,
        updatedAt: at,
        exported: s.exported,
        ...keptSteps(s.history, stepSize, HISTORY_BUDGET),
        published: s.published,
      };
      const error = saveDraft(storage, draft);
      // A database write is saved only once committed (main.tsx hears of it), not when queued.
      set({ saveError: error, savedAt: error || storage.deferred ? s.savedAt : at });
    };
    // A tab that does not hold the draft shows it and changes nothing (tabClaim.ts).
    const change = (key: string, next: Snapshot) => {
      const s = get();
      if (s.tab !== 'editing') return;
      set({ history: pushHistory(s.history, next, key, now()), exported: false });
      saveSoon();
    };
    const step = (history: History<Snapshot>) => {
      if (get().tab !== 'editing') return;
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
        translations: {},
      }),
      exported: false,
      published: [],
      selected: null,
      saveError: null,
      savedAt: null,
      durable: true,
      reading: null,
      damaged: null,
      tab: 'editing',
      storage,
      showAll: true,
      touched: new Set(),
      touch: (id) => {
        const { touched } = get();
        if (!touched.has(id)) set({ touched: new Set(touched).add(id) });
      },
      setShowAll: (showAll) => set({ showAll }),
      setDamaged: (damaged) => set({ damaged }),
      start: (story, name, translations = {}, texts = {}) => {
        const draftId = newDraftId(now(), Math.random());
        set({
          draftId,
          durable: !storage.whenWritten,
          name,
          // A new draft's id is new: no other tab can hold it.
          tab: 'editing',
          showAll: true,
          touched: new Set(),
          history: createHistory({ story, texts, translations }),
          exported: false,
          published: story.events.map((e) => e.id),
          selected: story.events.length ? 0 : null,
          damaged: null,
        });
        save();
        if (!storage.whenWritten) return Promise.resolve();
        return storage.whenWritten().then(() => {
          if (get().draftId === draftId) set({ durable: true });
        });
      },
      open: (draft) =>
        set({
          draftId: draft.id,
          name: draft.name,
          history: restoredHistory(
            { story: draft.story, texts: draft.texts, translations: draft.translations },
            draft.past,
            draft.future,
          ),
          exported: draft.exported,
          published: draft.published ?? draft.story.events.map((e) => e.id),
          selected: draft.story.events.length ? 0 : null,
          savedAt: draft.updatedAt,
          saveError: null,
          durable: true,
          damaged: null,
          showAll: true,
          touched: new Set(),
        }),
      openStored: async (id) => {
        const name = listDrafts(storage).find((d) => d.id === id)?.name || words.untitled;
        const was = get().draftId;
        set({ reading: name });
        const read = await readStoredDraft(storage, id);
        set({ reading: null });
        // Another story opened meanwhile stays.
        if (get().draftId !== was) return;
        if (read.status === 'ok') get().open(read.draft);
        else if (read.status === 'damaged') {
          if (get().draftId === id) get().close();
          get().setDamaged(read);
        }
      },
      openSaved: (draft) => {
        get().open(draft);
        // A new draft's id is new: no other tab can hold it.
        set({ tab: 'editing' });
      },
      close: () => set({ draftId: null, selected: null }),
      edit: (key, fn) => {
        const present = get().history.present;
        const story = fn(present.story);
        const translations = carryTranslations(present.story, story, present.translations);
        // A draft still named as it started ("New story", or its headline) is named from the
        // headline as it is written; a name of the editor's own stays.
        const { name } = get();
        const was = present.story.title.trim();
        if (story.title !== present.story.title && (name === words.newStory || name === was))
          set({ name: story.title.trim() || words.newStory });
        change(key, { ...present, story, translations });
      },
      translate: (lang, key, text) => {
        const present = get().history.present;
        const { [key]: _old, ...rest } = present.translations[lang] ?? {};
        void _old;
        const texts = text ? { ...rest, [key]: text } : rest;
        change(`tr:${lang}:${key}`, {
          ...present,
          translations: { ...present.translations, [lang]: texts },
        });
      },
      addLanguage: (lang) => {
        const present = get().history.present;
        if (lang in present.translations) return;
        change(`lang:${lang}`, {
          ...present,
          translations: { ...present.translations, [lang]: {} },
        });
      },
      removeLanguage: (lang) => {
        const present = get().history.present;
        const { [lang]: _gone, ...rest } = present.translations;
        void _gone;
        change(`drop:${lang}`, { ...present, translations: rest });
      },
      setText: (sourceId, text) => {
        const present = get().history.present;
        change(`text:${sourceId}`, { ...present, texts: { ...present.texts, [sourceId]: text } });
      },
      rename: (name) => {
        if (get().tab !== 'editing') return;
        set({ name });
        save();
      },
      select: (selected) => set({ selected }),
      undo: () => step(undo(get().history)),
      redo: () => step(redo(get().history)),
      markExported: () => {
        const { published, history } = get();
        const ids = new Set([...published, ...history.present.story.events.map((e) => e.id)]);
        set({ exported: true, published: [...ids] });
        save();
      },
      flush: () => {
        if (pending !== null) save();
      },
    };
  });
}
