import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from './components/EditorApp';
import { createEditorStore } from './store';
import { currentDraft } from './drafts';
import { isFramedByAnotherSite, showOpenInOwnTab } from './framing';
import './editor.css';

const root = document.getElementById('root') as HTMLElement;
// Before anything else: inside another site's frame, storage may be refused too.
if (isFramedByAnotherSite(window)) showOpenInOwnTab(root, window);
else {
  const store = createEditorStore(localStorage);
  // A reload or a crash comes back to the draft that was open.
  const draft = currentDraft(localStorage);
  if (draft) store.getState().open(draft);
  createRoot(root).render(
    <StrictMode>
      <EditorApp store={store} />
    </StrictMode>,
  );
}
