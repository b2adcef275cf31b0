import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { EditorContext, ChecksContext } from '../../src/edit/components/context';
import { useField } from '../../src/edit/components/useField';
import { useListField } from '../../src/edit/components/useListField';
import { createEditorStore, type EditorStore } from '../../src/edit/store';
import { checkDraft } from '../../src/edit/checks';
import { fictionalStory } from './editorFixture';

function Title({ path }: { path: string }) {
  const field = useField(path);
  return (
    <input
      aria-label={field.path}
      id={field.id}
      value={field.value}
      onChange={(e) => field.set(e.target.value)}
    />
  );
}

/** A row that shows the quote it was mounted with: a row re-used for another item shows so. */
function Row({ k }: { k: string }) {
  const [mountedWith] = useState(k);
  return <li>{mountedWith === k ? k : `${mountedWith} (now ${k})`}</li>;
}
function Citations() {
  const list = useListField<{ source: string; quote: string }>('events[0].citations');
  return (
    <>
      <ul>
        {list.items.map((c) => (
          <Row key={c.key} k={c.value.quote} />
        ))}
      </ul>
      <button type="button" onClick={() => list.add({ source: 'memo', quote: 'new' })}>
        add
      </button>
      <button type="button" onClick={() => list.remove(0)}>
        remove first
      </button>
    </>
  );
}

function mount(ui: React.ReactNode): EditorStore {
  const store = createEditorStore(localStorage);
  store.getState().start(fictionalStory(), 'Teapots');
  const checks = checkDraft(store.getState().history.present.story, {});
  render(
    <EditorContext.Provider value={store}>
      <ChecksContext.Provider value={checks}>{ui}</ChecksContext.Provider>
    </EditorContext.Provider>,
  );
  return store;
}

describe('useField', () => {
  beforeEach(() => localStorage.clear());

  it('reads and writes the story at its path, one undo step per field', async () => {
    const store = mount(<Title path="events[0].title" />);
    const input = screen.getByLabelText('events[0].title');
    expect(input).toHaveValue('Spout dispute');
    expect(input).toHaveAttribute('id', 'f-events-0-title');
    await userEvent.type(input, '!!');
    expect(store.getState().history.present.story.events[0]?.title).toBe('Spout dispute!!');
    act(() => store.getState().undo());
    expect(input).toHaveValue('Spout dispute');
  });
});

describe('useListField', () => {
  beforeEach(() => localStorage.clear());

  it('keeps each row mounted when an item before it is removed', async () => {
    const store = mount(<Citations />);
    await userEvent.click(screen.getByRole('button', { name: 'add' }));
    expect(screen.getAllByRole('listitem').map((l) => l.textContent)).toEqual([
      'the spout is ours',
      'new',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'remove first' }));
    expect(screen.getAllByRole('listitem').map((l) => l.textContent)).toEqual(['new']);
    // Keyed by place, the first row would have stayed and shown "the spout is ours (now new)".
    expect(store.getState().history.present.story.events[0]?.citations).toEqual([
      { source: 'memo', quote: 'new' },
    ]);
  });
});
