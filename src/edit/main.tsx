import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from './components/EditorApp';
import { createEditorStore } from './store';
import { currentDraftId, draftIdOfKey, forgetCurrent, type DraftStorage } from './drafts';
import { openDraftDatabase, type DraftDatabase } from './draftDatabase';
import { claimDrafts } from './tabClaim';
import { isFramedByAnotherSite, showOpenInOwnTab } from './framing';
import './editor.css';

/** Another tab's saves, as the drafts database or localStorage's own event reports them. */
function savedElsewhere(db: DraftDatabase | null) {
  return (listener: (id: string) => void) => {
    const onKey = (key: string | null) => {
      const id = draftIdOfKey(key);
      if (id !== null) listener(id);
    };
    if (db) return db.onWrittenElsewhere(onKey);
    // The storage event fires only in the other tabs, once the write is visible there.
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea === localStorage) onKey(e.key);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  };
}

function run(db: DraftDatabase | null) {
  const storage: DraftStorage = db ?? localStorage;
  const store = createEditorStore(storage);
  // The database says when a write is committed (the draft is saved), or why it was refused.
  db?.onWriteResult((error) => {
    if (error === null) store.setState({ saveError: null, savedAt: Date.now() });
    else if (error !== store.getState().saveError) store.setState({ saveError: error });
  });
  // A reload or a crash comes back to the draft that was open; a damaged one is named on the
  // start screen, with its text to download, and is no longer reopened on every load.
  // A big draft is read and parsed in a worker meanwhile (the start screen says so).
  const current = currentDraftId(storage);
  if (current !== null)
    void store
      .getState()
      .openStored(current)
      .then(() => {
        if (store.getState().damaged?.id === current) forgetCurrent(storage);
      });
  // Browsers without Web Locks (before 2022) edit in every tab, as before.
  const claim =
    'locks' in navigator
      ? claimDrafts(store, {
          locks: navigator.locks,
          storage,
          onSavedElsewhere: savedElsewhere(db),
        })
      : null;
  // What a big story's typing left to save at its pause is saved as the page is left.
  window.addEventListener('pagehide', () => store.getState().flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') store.getState().flush();
  });
  createRoot(root).render(
    <StrictMode>
      <EditorApp store={store} claim={claim} />
    </StrictMode>,
  );
}

const root = document.getElementById('root') as HTMLElement;
// Before anything else: inside another site's frame, storage may be refused too.
if (isFramedByAnotherSite(window)) showOpenInOwnTab(root, window);
// Where IndexedDB cannot be used (some private modes), drafts stay in localStorage.
else
  void (
    'indexedDB' in window
      ? openDraftDatabase(indexedDB, localStorage).catch(() => null)
      : Promise.resolve(null)
  ).then(run, () => run(null));
