import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from './components/EditorApp';
import { createEditorStore } from './store';
import { forgetCurrent, readCurrentDraft } from './drafts';
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
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <EditorApp store={store} />
  </StrictMode>,
);
