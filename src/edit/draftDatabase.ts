import type { DraftStorage } from './drafts';

/**
 * Drafts kept in IndexedDB, which holds a 64 MB story where localStorage stops near 5 MB, read
 * through the same small key-value face as localStorage (`DraftStorage`). The small keys (the
 * list of drafts, the current one) are read once at start into memory, so the editor reads them
 * synchronously as before; a draft's own text is not: reading 60 MB back is one task of seconds
 * on the thread that reads it, so a draft not written from this page is read, parsed and checked
 * in a worker (`draftReadWorker.ts`), and a file just opened is written by its worker
 * (`openWorker.ts`). Writes go to memory at once
 * and to the database one transaction at a time (each with the latest value of each key), and a write
 * the database refuses is reported (and the next write throws, as localStorage's would), so the
 * editor can say the draft is not safe until a write succeeds again. Another tab's
 * committed writes arrive on a BroadcastChannel and are read back from the database.
 */
export interface DraftDatabase extends DraftStorage {
  /** Calls `listener` when a write failed (with the browser's reason) or succeeded (null). */
  onWriteResult: (listener: (error: string | null) => void) => void;
  /** Calls `listener` with each key another tab wrote, once this tab's copy has it. */
  onWrittenElsewhere: (listener: (key: string) => void) => () => void;
  /** Reads `key`'s value from the database into this page's memory (where no worker can). */
  load: (key: string) => Promise<void>;
  /** Whether this page holds `key`'s value (else only the database does, if anyone). */
  inMemory: (key: string) => boolean;
  /**
   * Takes the small values a worker has committed to the database with a draft, without writing
   * them again, and tells other tabs of every key it wrote (`written`).
   */
  remember: (values: Record<string, string>, written: readonly string[]) => void;
}

const DB_NAME = 'story-editor';
export const STORE = 'keys';
export const CHANNEL = 'story-editor:written';
const PREFIX = 'story-editor:';
/** A draft's own key (`drafts.ts`): read only when that draft is opened. */
const DRAFT_PREFIX = `${PREFIX}draft:`;

export const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

export const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

export function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

/** Whether drafts are kept in the drafts database (else in localStorage). */
export const isDraftDatabase = (storage: DraftStorage): storage is DraftDatabase =>
  'remember' in storage && 'inMemory' in storage;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Opens the drafts database, moving drafts an older editor kept in `legacy` (localStorage) into
 * it. Rejects when IndexedDB cannot be used (some private modes), for the caller to stay on
 * localStorage.
 */
export async function openDraftDatabase(
  factory: IDBFactory,
  legacy: Storage,
): Promise<DraftDatabase> {
  const db = await openDb(factory);
  const memory = new Map<string, string>();
  let stored: number;
  {
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const keys = await request(store.getAllKeys());
    stored = keys.length;
    const small = keys.filter(
      (k): k is string => typeof k === 'string' && !k.startsWith(DRAFT_PREFIX),
    );
    const values = await Promise.all(
      small.map((k) => request(store.get(k) as IDBRequest<unknown>)),
    );
    small.forEach((k, i) => {
      const v = values[i];
      if (typeof v === 'string') memory.set(k, v);
    });
  }
  const legacyKeys = Object.keys(legacy).filter((k) => k.startsWith(PREFIX));
  if (stored === 0 && legacyKeys.length > 0) {
    const tx = db.transaction(STORE, 'readwrite');
    for (const k of legacyKeys) {
      const v = legacy.getItem(k);
      if (v === null) continue;
      memory.set(k, v);
      tx.objectStore(STORE).put(v, k);
    }
    await done(tx);
    // Only once the copy is committed: localStorage's room is shared with the reader.
    for (const k of legacyKeys) legacy.removeItem(k);
  }

  const channel = new BroadcastChannel(CHANNEL);
  let onResult: (error: string | null) => void = () => undefined;
  // The latest value of each key not yet written (null: removed).
  const pending = new Map<string, string | null>();
  let flushing = false;
  // Why the last write failed: further writes say so at once, until one succeeds.
  let failure: string | null = null;
  // Writes asked for, and how many of them have been committed (or failed), counted so that
  // `whenWritten` can wait for those asked for before it.
  let asked = 0;
  let settled = 0;
  const waiters: { upTo: number; resolve: () => void }[] = [];
  const settle = (upTo: number) => {
    settled = Math.max(settled, upTo);
    for (const w of waiters.splice(0)) {
      if (w.upTo <= settled) w.resolve();
      else waiters.push(w);
    }
  };
  const failed = (batch: Map<string, string | null>, e: unknown) => {
    flushing = false;
    // Kept for the next try, unless a newer value is waiting.
    for (const [k, v] of batch) if (!pending.has(k)) pending.set(k, v);
    failure = message(e);
    onResult(failure);
    // Writes waiting behind this one are tried again only with the next: none is waited for.
    settle(asked);
  };
  const flush = () => {
    if (flushing || pending.size === 0) return;
    flushing = true;
    const batch = new Map(pending);
    const upTo = asked;
    pending.clear();
    let tx: IDBTransaction;
    try {
      tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      for (const [k, v] of batch) {
        if (v === null) store.delete(k);
        else store.put(v, k);
      }
      // Commits as soon as the requests are done, without waiting for their answers to come
      // back to this busy thread: the sooner committed, the smaller a reload's window to lose it.
      if (typeof tx.commit === 'function') tx.commit();
    } catch (e) {
      failed(batch, e);
      return;
    }
    done(tx).then(
      () => {
        flushing = false;
        failure = null;
        channel.postMessage([...batch.keys()]);
        onResult(null);
        settle(upTo);
        flush();
      },
      (e: unknown) => failed(batch, e),
    );
  };
  const schedule = () => queueMicrotask(flush);

  return {
    deferred: true,
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => {
      asked += 1;
      memory.set(key, value);
      pending.set(key, value);
      schedule();
      if (failure !== null) throw new Error(failure);
    },
    removeItem: (key) => {
      asked += 1;
      memory.delete(key);
      pending.set(key, null);
      schedule();
    },
    whenWritten: () =>
      settled >= asked
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ upTo: asked, resolve })),
    inMemory: (key) => memory.has(key),
    load: async (key) => {
      const v = await request(
        db.transaction(STORE, 'readonly').objectStore(STORE).get(key) as IDBRequest<unknown>,
      );
      if (typeof v === 'string' && !memory.has(key)) memory.set(key, v);
    },
    remember: (values, written) => {
      for (const [k, v] of Object.entries(values)) if (!pending.has(k)) memory.set(k, v);
      channel.postMessage([...written]);
    },
    onWriteResult: (listener) => {
      onResult = listener;
    },
    onWrittenElsewhere: (listener) => {
      const onMessage = (e: MessageEvent) => {
        const keys = Array.isArray(e.data) ? e.data.filter((k) => typeof k === 'string') : [];
        if (!keys.length) return;
        const tx = db.transaction(STORE, 'readonly');
        const store = tx.objectStore(STORE);
        void Promise.all(
          keys.map((k: string) =>
            request(store.get(k) as IDBRequest<unknown>).then((v) => {
              if (pending.has(k)) return;
              if (typeof v === 'string') memory.set(k, v);
              else memory.delete(k);
            }),
          ),
        ).then(() => keys.forEach((k: string) => listener(k)));
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}
