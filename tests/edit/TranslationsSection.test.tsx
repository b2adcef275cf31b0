import { screen, within } from '@testing-library/react';
import { openEditor, fill } from './editorFixture';
import { currentDraft } from '../../src/edit/drafts';

describe('TranslationsSection', () => {
  it('adds a language, takes a translation per text, and saves it with the draft', async () => {
    const { user } = openEditor();
    const section = screen.getByRole('region', { name: 'Translations' });
    await user.type(within(section).getByLabelText('Add a language'), 'de_DE');
    await user.click(within(section).getByRole('button', { name: 'Add language' }));
    expect(within(section).getByText(/Write a language code, such as de/)).toBeInTheDocument();
    await user.clear(within(section).getByLabelText('Add a language'));
    await user.type(within(section).getByLabelText('Add a language'), 'de');
    await user.click(within(section).getByRole('button', { name: 'Add language' }));

    expect(within(section).getByRole('status')).toHaveTextContent('0 of 11 texts in German (de).');
    const title = within(section).getByLabelText('Event 1 (Spout dispute): title, in German (de)');
    expect(title).toHaveAttribute('lang', 'de');
    expect(title).toHaveAccessibleDescription('Original: Spout dispute');
    await fill(user, title, 'Tüllenstreit');
    expect(within(section).getByRole('status')).toHaveTextContent('1 of 11 texts in German (de).');
    expect(currentDraft(localStorage)?.translations).toEqual({
      de: { 'events[#spout-dispute].title': 'Tüllenstreit' },
    });

    // Quotes stay verbatim; their translation is a field of its own at the citation.
    const quote = screen.getByLabelText('Our translation of the quote into German (de)');
    await fill(user, quote, 'die Tülle gehört uns');
    expect(currentDraft(localStorage)?.story.events[0]?.citations[0]).toEqual({
      source: 'gazette',
      quote: 'the spout is ours',
      translations: { de: 'die Tülle gehört uns' },
    });
    await user.clear(quote);
    expect(currentDraft(localStorage)?.story.events[0]?.citations[0]).not.toHaveProperty(
      'translations',
    );

    await user.click(within(section).getByRole('button', { name: 'Remove German (de)' }));
    expect(within(section).queryByLabelText(/in German/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      within(section).getByLabelText('Event 1 (Spout dispute): title, in German (de)'),
    ).toHaveValue('Tüllenstreit');
  });
});
