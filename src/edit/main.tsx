import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from './components/EditorApp';
import { createEditorStore } from './store';
import { currentDraft } from './drafts';
import './editor.css';

const store = createEditorStore(localStorage);
// A reload or a crash comes back to the draft that was open.
const draft = currentDraft(localStorage);
if (draft) store.getState().open(draft);
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <EditorApp store={store} />
  </StrictMode>,
);
