import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from './components/EditorApp';
import { createEditorStore } from './store';
import { draftIdOfKey, forgetCurrent, readCurrentDraft } from './drafts';
import { claimDrafts } from './tabClaim';
import './editor.css';

const store = createEditorStore(localStorage);
// A reload or a crash comes back to the draft that was open; a damaged one is named on the start
// screen, with its text to download, and is no longer reopened on every load.
const read = readCurrentDraft(localStorage);
if (read.status === 'ok') store.getState().open(read.draft);
else if (read.status === 'damaged') {
  forgetCurrent(localStorage);
  store.getState().setDamaged(read);
}
// Browsers without Web Locks (before 2022) edit in every tab, as before.
const claim =
  'locks' in navigator
    ? claimDrafts(store, {
        locks: navigator.locks,
        storage: localStorage,
        onSavedElsewhere: (listener) => {
          // The storage event fires only in the other tabs, once the write is visible there.
          const onStorage = (e: StorageEvent) => {
            const id = draftIdOfKey(e.key);
            if (id !== null && e.storageArea === localStorage) listener(id);
          };
          window.addEventListener('storage', onStorage);
          return () => window.removeEventListener('storage', onStorage);
        },
      })
    : null;
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <EditorApp store={store} claim={claim} />
  </StrictMode>,
);
