import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditorBoundary } from '../../src/edit/components/EditorBoundary';
import { createEditorStore, type EditorStore } from '../../src/edit/store';
import { blankStory } from '../../src/edit/blank';
import { memoryStorage } from '../../src/edit/memoryStorage';
import { newDraft } from '../../src/edit/drafts';

function Broken(): never {
  throw new Error('reading length');
}

/** A child that throws, under the boundary, with React's report of the error kept quiet. */
function renderBroken(store: EditorStore) {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <EditorBoundary store={store}>
      <Broken />
    </EditorBoundary>,
  );
  quiet.mockRestore();
}

describe('EditorBoundary', () => {
  beforeEach(() => localStorage.clear());

  it('offers the stored draft and a fresh start instead of a blank page', async () => {
    const store = createEditorStore(localStorage);
    store.getState().start(blankStory(), 'Stuck');
    renderBroken(store);
    expect(screen.getByRole('alert')).toHaveTextContent(/reading length/);
    expect(screen.getByRole('button', { name: 'Download the draft as stored' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Start afresh' }));
    expect(store.getState().draftId).toBeNull();
    expect(localStorage.getItem('story-editor:current')).toBeNull();
  });

  it('offers a draft a worker saved, which the page does not hold, as shown', () => {
    const store = createEditorStore(memoryStorage({}));
    const snapshot = { story: blankStory(), texts: {}, translations: {} };
    store.getState().openSaved(newDraft('d1', 'Saved by a worker', snapshot, 1));
    renderBroken(store);
    expect(screen.getByRole('button', { name: 'Download the draft as stored' })).toBeVisible();
  });
});
