import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from './components/EditorApp';
import { createEditorStore } from './store';
import { currentDraft } from './drafts';
import { isFramedByAnotherSite, showOpenInOwnTab } from './framing';
import './editor.css';

const store = createEditorStore(localStorage);
// A reload or a crash comes back to the draft that was open.
const draft = currentDraft(localStorage);
if (draft) store.getState().open(draft);
const root = document.getElementById('root') as HTMLElement;
if (isFramedByAnotherSite(window)) showOpenInOwnTab(root, window);
else
  createRoot(root).render(
    <StrictMode>
      <EditorApp store={store} />
    </StrictMode>,
  );
