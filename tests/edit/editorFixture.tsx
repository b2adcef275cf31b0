import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditorApp } from '../../src/edit/components/EditorApp';
import { createEditorStore } from '../../src/edit/store';
import { currentDraft } from '../../src/edit/drafts';
import type { Story } from '../../src/data/schema';

/** Puts a long text in a field at once (a paste), so the tests stay quick on a loaded machine. */
export async function fill(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string,
) {
  await user.click(field);
  await user.paste(text);
}

/** A fictional story with one valid event, so the checks reach the event's figures. */
export function fictionalStory(): Story {
  return {
    title: 'The Teapot Affair',
    dek: 'An invented quarrel between two invented firms.',
    credit: 'Made up for the tests.',
    groups: [{ id: 'firms', label: 'Firms', color: '#0072B2' }],
    actors: [
      { id: 'acme-teapots', name: 'Acme Teapots', group: 'firms' },
      { id: 'globex-kettles', name: 'Globex Kettles', group: 'firms' },
    ],
    sources: [
      {
        id: 'gazette',
        outlet: 'The Imaginary Gazette',
        title: 'Teapots at dawn',
        date: '2031-04-01',
        url: null,
        description: 'A made-up newspaper report.',
      },
      {
        id: 'memo',
        outlet: null,
        title: 'Kettle memo',
        date: null,
        url: null,
        description: 'A made-up memo.',
      },
    ],
    events: [
      {
        id: 'spout-dispute',
        title: 'Spout dispute',
        summary: 'Acme says Globex copied its spout.',
        date: { precision: 'day', date: '2031-04-01' },
        actors: ['acme-teapots'],
        kind: 'statement',
        attribution: 'Acme Teapots says',
        citations: [{ source: 'gazette', quote: 'the spout is ours' }],
      },
    ],
  };
}

/** The editor open on the fictional story; `savedStory` reads the draft as saved. */
export function openEditor() {
  const user = userEvent.setup();
  const store = createEditorStore(localStorage);
  store.getState().start(fictionalStory(), 'Teapots');
  render(<EditorApp store={store} />);
  return { user, savedStory: () => currentDraft(localStorage)?.story };
}
