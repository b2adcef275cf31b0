import type { Story } from '../data/schema';
import type { Translations } from './translations';

/**
 * Drafts live in the browser's localStorage and nowhere else: no account, no server. Each
 * draft is one key, with a small index of names beside it, so listing drafts does not read
 * every story.
 */

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
}

export interface DraftSummary {
  id: string;
  name: string;
  updatedAt: number;
}

const PREFIX = 'story-editor:';
const INDEX = `${PREFIX}drafts`;
const CURRENT = `${PREFIX}current`;
const draftKey = (id: string) => `${PREFIX}draft:${id}`;

function readJson(storage: Storage, key: string): unknown {
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

const isTextMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((t) => typeof t === 'string');

/** A saved draft's translations; drafts saved before there were any have none. */
function translationsOf(v: unknown): Translations {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e) => isTextMap(e[1]))) as Translations;
}

/** The drafts kept in this browser, the latest first. */
export function listDrafts(storage: Storage): DraftSummary[] {
  const raw = readJson(storage, INDEX);
  const list = Array.isArray(raw) ? raw.filter(isSummary) : [];
  return list.sort((a, b) => b.updatedAt - a.updatedAt);
}

export function loadDraft(storage: Storage, id: string): Draft | undefined {
  const raw = readJson(storage, draftKey(id));
  if (typeof raw !== 'object' || raw === null) return undefined;
  const d = raw as Partial<Draft>;
  if (typeof d.story !== 'object' || d.story === null) return undefined;
  return {
    id,
    name: typeof d.name === 'string' ? d.name : 'Untitled draft',
    story: d.story,
    texts: typeof d.texts === 'object' && d.texts !== null ? d.texts : {},
    translations: translationsOf(d.translations),
    updatedAt: typeof d.updatedAt === 'number' ? d.updatedAt : 0,
    exported: d.exported === true,
  };
}

/**
 * Saves a draft and makes it the current one. Returns an error message when the browser
 * refuses (storage full or disabled), so the editor can say the draft is not safe.
 */
export function saveDraft(storage: Storage, draft: Draft): string | null {
  try {
    storage.setItem(draftKey(draft.id), JSON.stringify(draft));
    const others = listDrafts(storage).filter((d) => d.id !== draft.id);
    const summary: DraftSummary = { id: draft.id, name: draft.name, updatedAt: draft.updatedAt };
    storage.setItem(INDEX, JSON.stringify([summary, ...others]));
    storage.setItem(CURRENT, draft.id);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function deleteDraft(storage: Storage, id: string): void {
  storage.removeItem(draftKey(id));
  const rest = listDrafts(storage).filter((d) => d.id !== id);
  storage.setItem(INDEX, JSON.stringify(rest));
  if (storage.getItem(CURRENT) === id) storage.removeItem(CURRENT);
}

/** The draft open when the page was last left, if it is still there. */
export function currentDraft(storage: Storage): Draft | undefined {
  const id = storage.getItem(CURRENT);
  return id === null ? undefined : loadDraft(storage, id);
}

/** A new draft's id: unique enough for one browser's handful of drafts. */
export function newDraftId(nowMs: number, random: number): string {
  return `${nowMs.toString(36)}-${Math.floor(random * 1e8).toString(36)}`;
}
