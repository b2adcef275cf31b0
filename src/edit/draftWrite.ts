import { done, openDb, STORE } from './draftDatabase';
import { INDEX, draftKey, saveDraft, type Draft } from './drafts';
import { memoryStorage } from './memoryStorage';

/** What a worker committed with a new draft: the small keys' values, and every key written. */
export type DraftWritten =
  | { ok: true; values: Record<string, string>; keys: string[] }
  /** Not saved (the browser's reason, where it gave one): the page saves it itself. */
  | { ok: false; error?: string };

/**
 * Saves a new draft from a worker, in one transaction with the list of drafts (`index`, as the
 * page holds it) and the current draft's key, so a reload as soon as it shows finds it: the
 * page's thread neither joins nor copies its text, a task of seconds at 25 MB.
 */
export async function writeNewDraft(
  factory: IDBFactory,
  draft: Draft,
  index: string | null,
): Promise<DraftWritten> {
  try {
    const storage = memoryStorage(index === null ? {} : { [INDEX]: index });
    const error = saveDraft(storage, draft);
    if (error) return { ok: false, error };
    const db = await openDb(factory);
    const tx = db.transaction(STORE, 'readwrite');
    for (const [k, v] of storage.values) tx.objectStore(STORE).put(v, k);
    tx.commit();
    await done(tx);
    db.close();
    const big = draftKey(draft.id);
    const values = Object.fromEntries([...storage.values].filter(([k]) => k !== big));
    return { ok: true, values, keys: [...storage.values.keys()] };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
