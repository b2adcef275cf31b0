import type { Story } from '../data/schema';
import type { Translations } from './translations';
import { draftFromRaw } from './draftFromRaw';
import { words } from './words';
import { jsonWith, storyText } from './eventText';

/**
 * Drafts live in the browser and nowhere else: no account, no server. Each draft is one key,
 * with a small index of names beside it, so listing drafts does not read every story. The keys
 * are kept in IndexedDB (`draftDatabase.ts`), or in localStorage where it cannot be used.
 */

/** The key-value face drafts are kept through: localStorage's, or the drafts database's. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  /** True where a write is done only later (the database), which then says when it is. */
  deferred?: boolean;
  /**
   * Resolves once every write asked for so far is committed (or has failed, and said so):
   * where writes are deferred, a reload before then could lose them.
   */
  whenWritten?: () => Promise<void>;
};

/** What one undo step brings back: the story, its translations and its sources' texts. */
export interface DraftSnapshot {
  story: Story;
  texts: Record<string, string>;
  translations: Translations;
}

/** One story being written, with what the editor keeps beside it. */
export interface Draft {
  id: string;
  /** The editor's own name for it, shown in the drafts list. */
  name: string;
  story: Story;
  /** Each source's text, pasted or loaded for the quote check (by source id). Not exported. */
  texts: Record<string, string>;
  /** The story's texts in other languages (`translations.ts`). */
  translations: Translations;
  updatedAt: number;
  /** Whether every change has been downloaded as story.json. */
  exported: boolean;
  /** The undo steps before this state, and the redo steps after it: undo survives a reload. */
  past?: DraftSnapshot[];
  future?: DraftSnapshot[];
  /**
   * The event ids readers may already link to: those of the story as opened, and every id
   * downloaded since. An id not among them follows its event's title (`retitleEvent`).
   * Drafts saved before there was this list take all their ids as published.
   */
  published?: string[];
}

export interface DraftSummary {
  id: string;
  name: string;
  updatedAt: number;
}

const PREFIX = 'story-editor:';
/** The list of drafts' key: its value is small and read at start (`draftDatabase.ts`). */
export const INDEX = `${PREFIX}drafts`;
const CURRENT = `${PREFIX}current`;
export const draftKey = (id: string) => `${PREFIX}draft:${id}`;

function readJson(storage: DraftStorage, key: string): unknown {
  const text = storage.getItem(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isSummary = (v: unknown): v is DraftSummary =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as DraftSummary).id === 'string' &&
  typeof (v as DraftSummary).name === 'string' &&
  typeof (v as DraftSummary).updatedAt === 'number';

export const isTextMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((t) => typeof t === 'string');

/** A saved draft's translations (or a draft file's); drafts saved before there were any have none. */
export function translationsOf(v: unknown): Translations {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e) => isTextMap(e[1]))) as Translations;
}

/** The drafts kept in this browser, the latest first. */
export function listDrafts(storage: DraftStorage): DraftSummary[] {
  const raw = readJson(storage, INDEX);
  const list = Array.isArray(raw) ? raw.filter(isSummary) : [];
  return list.sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * A stored draft as read back: whole (its story patched as an opened file is, so every list is a
 * list), damaged (with its raw text, so the editor can offer it as a download), or not there.
 */
export type DraftRead =
  | { status: 'ok'; draft: Draft }
  | { status: 'damaged'; id: string; name: string; raw: string; problem: string }
  | { status: 'missing' };

/** Undo steps as stored: each checked as a draft's story is, the unreadable left out. */
function snapshotsOf(v: unknown): DraftSnapshot[] {
  if (!Array.isArray(v)) return [];
  const out: DraftSnapshot[] = [];
  for (const item of v as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const s = item as Record<string, unknown>;
    const story = draftFromRaw(s.story);
    if (story)
      out.push({
        story,
        texts: isTextMap(s.texts) ? s.texts : {},
        translations: translationsOf(s.translations),
      });
  }
  return out;
}

/** Reads a draft, checking it as the editor checks a file: nothing stored is trusted. */
export function readDraft(storage: DraftStorage, id: string): DraftRead {
  const raw = storage.getItem(draftKey(id));
  if (raw === null) return { status: 'missing' };
  const name = listDrafts(storage).find((d) => d.id === id)?.name || words.untitled;
  const damaged = (problem: string): DraftRead => ({ status: 'damaged', id, name, raw, problem });
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw) as unknown;
  } catch {
    return damaged(words.damaged.notJson);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return damaged(words.damaged.notDraft);
  const d = parsed as Record<string, unknown>;
  const story = draftFromRaw(d.story);
  if (!story) return damaged(words.damaged.noStory);
  return {
    status: 'ok',
    draft: {
      id,
      name: typeof d.name === 'string' ? d.name : name,
      story,
      texts: isTextMap(d.texts) ? d.texts : {},
      translations: translationsOf(d.translations),
      updatedAt: typeof d.updatedAt === 'number' ? d.updatedAt : 0,
      exported: d.exported === true,
      past: snapshotsOf(d.past),
      future: snapshotsOf(d.future),
      ...(Array.isArray(d.published) && d.published.every((x) => typeof x === 'string')
        ? { published: d.published as string[] }
        : {}),
    },
  };
}

/** A story just opened as a new draft, with no undo steps yet and every id taken as published. */
export function newDraft(
  id: string,
  name: string,
  opened: DraftSnapshot,
  updatedAt: number,
): Draft {
  return {
    id,
    name,
    ...opened,
    updatedAt,
    exported: false,
    past: [],
    future: [],
    published: opened.story.events.map((e) => e.id),
  };
}

/** A draft, when it is there and readable. */
export function loadDraft(storage: DraftStorage, id: string): Draft | undefined {
  const read = readDraft(storage, id);
  return read.status === 'ok' ? read.draft : undefined;
}

/** An undo step's JSON, its story's events joined from their kept texts (`eventText.ts`). */
export const snapshotText = (step: DraftSnapshot): string =>
  jsonWith(step, { story: storyText(step.story) });

/**
 * A draft's JSON as it is stored: the same value as JSON.stringify's, made from the events'
 * kept texts, so saving a big story after a keystroke makes the text of one event, not of all.
 */
export function draftText(draft: Draft): string {
  const raw: Record<string, string> = { story: storyText(draft.story) };
  if (draft.past) raw.past = `[${draft.past.map(snapshotText).join(',')}]`;
  if (draft.future) raw.future = `[${draft.future.map(snapshotText).join(',')}]`;
  return jsonWith(draft, raw);
}

/**
 * Saves a draft and makes it the current one. Returns an error message when the browser
 * refuses (storage full or disabled), so the editor can say the draft is not safe.
 */
export function saveDraft(storage: DraftStorage, draft: Draft): string | null {
  try {
    storage.setItem(draftKey(draft.id), draftText(draft));
    const others = listDrafts(storage).filter((d) => d.id !== draft.id);
    const summary: DraftSummary = { id: draft.id, name: draft.name, updatedAt: draft.updatedAt };
    storage.setItem(INDEX, JSON.stringify([summary, ...others]));
    storage.setItem(CURRENT, draft.id);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function deleteDraft(storage: DraftStorage, id: string): void {
  storage.removeItem(draftKey(id));
  const rest = listDrafts(storage).filter((d) => d.id !== id);
  storage.setItem(INDEX, JSON.stringify(rest));
  if (storage.getItem(CURRENT) === id) storage.removeItem(CURRENT);
}

/** The draft open when the page was last left, if it is still there. */
export function currentDraft(storage: DraftStorage): Draft | undefined {
  const read = readCurrentDraft(storage);
  return read.status === 'ok' ? read.draft : undefined;
}

/** The id of the draft open when the page was last left, if any. */
export function currentDraftId(storage: DraftStorage): string | null {
  return storage.getItem(CURRENT);
}

/** The draft open when the page was last left, damaged or not. */
export function readCurrentDraft(storage: DraftStorage): DraftRead {
  const id = storage.getItem(CURRENT);
  return id === null ? { status: 'missing' } : readDraft(storage, id);
}

/** Forgets which draft was open, so the next load starts on the start screen. */
export function forgetCurrent(storage: DraftStorage): void {
  storage.removeItem(CURRENT);
}

/** A new draft's id: unique enough for one browser's handful of drafts. */
export function newDraftId(nowMs: number, random: number): string {
  return `${nowMs.toString(36)}-${Math.floor(random * 1e8).toString(36)}`;
}

/** A draft's text exactly as stored, for a download when the editor cannot show it. */
export function storedDraftText(storage: DraftStorage, id: string): string | null {
  return storage.getItem(draftKey(id));
}

/** The draft a storage key holds (`storage` events name keys), or null for other keys. */
export function draftIdOfKey(key: string | null): string | null {
  return key?.startsWith(draftKey('')) ? key.slice(draftKey('').length) : null;
}
