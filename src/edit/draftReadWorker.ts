import { openDb, request, STORE } from './draftDatabase';
import { INDEX, draftKey, readDraft, type DraftRead } from './drafts';
import { memoryStorage } from './memoryStorage';
import { draftReadMessages } from './draftReadMessages';

/** A stored draft to read: its id, and the list of drafts as the page holds it (for its name). */
export interface DraftReadRequest {
  id: string;
  index: string | null;
}

async function readStored({ id, index }: DraftReadRequest): Promise<DraftRead> {
  const db = await openDb(indexedDB);
  const tx = db.transaction(STORE, 'readonly');
  const text = await request(tx.objectStore(STORE).get(draftKey(id)) as IDBRequest<unknown>);
  db.close();
  const values: Record<string, string> = {};
  if (index !== null) values[INDEX] = index;
  if (typeof text === 'string') values[draftKey(id)] = text;
  return readDraft(memoryStorage(values), id);
}

/*
 * Reads a stored draft from the database, parses and checks it off the page's thread: a 60 MB
 * draft read back and parsed on the page was one task of seconds on every reload
 * (`readStoredDraft.ts` starts it).
 */
self.onmessage = (e: MessageEvent<DraftReadRequest>) => {
  void readStored(e.data).then(
    (read) => {
      for (const message of draftReadMessages(read)) self.postMessage(message);
    },
    () => self.postMessage({ type: 'failed' }),
  );
};
