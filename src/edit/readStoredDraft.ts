import { INDEX, draftKey, readDraft, type DraftRead, type DraftStorage } from './drafts';
import { isDraftDatabase } from './draftDatabase';
import { createDraftReadJoiner, type DraftReadMessage } from './draftReadMessages';

/**
 * Reads a stored draft. One this page holds (it wrote it, or keeps its drafts in localStorage)
 * is read here as before; one only the drafts database holds is read, parsed and checked in a
 * worker (`draftReadWorker.ts`) and taken in batches; where the worker cannot, the page reads
 * the database itself.
 */
export function readStoredDraft(storage: DraftStorage, id: string): Promise<DraftRead> {
  if (!isDraftDatabase(storage) || storage.inMemory(draftKey(id)))
    return Promise.resolve(readDraft(storage, id));
  const onPage = () => storage.load(draftKey(id)).then(() => readDraft(storage, id));
  if (typeof Worker !== 'function') return onPage();
  return new Promise<DraftRead>((resolve) => {
    const worker = new Worker(new URL('./draftReadWorker.ts', import.meta.url), {
      type: 'module',
    });
    const end = (read: Promise<DraftRead> | DraftRead) => {
      worker.terminate();
      resolve(read);
    };
    const joiner = createDraftReadJoiner();
    worker.onmessage = (e: MessageEvent<DraftReadMessage | { type: 'failed' }>) => {
      if (e.data.type === 'failed') return end(onPage());
      const read = joiner.add(e.data);
      if (read) end(read);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      end(onPage());
    };
    worker.postMessage({ id, index: storage.getItem(INDEX) });
  });
}
