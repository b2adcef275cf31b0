import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditorApp } from '../../src/edit/components/EditorApp';
import { createEditorStore } from '../../src/edit/store';
import { currentDraft } from '../../src/edit/drafts';

describe('EditorApp', () => {
  beforeEach(() => localStorage.clear());

  it('shows the validator’s words at each field as the editor types, and saves every change', async () => {
    const user = userEvent.setup();
    const store = createEditorStore(localStorage);
    render(<EditorApp store={store} />);
    await user.click(screen.getByRole('button', { name: 'Empty story' }));

    const headline = screen.getByLabelText('Headline');
    // Nothing typed yet: no field is red until it is touched.
    expect(headline).not.toHaveAttribute('aria-invalid');
    await user.click(headline);
    await user.tab();
    expect(headline).toHaveAttribute('aria-invalid', 'true');
    expect(headline).toHaveAccessibleDescription('Error: “Headline” is empty: fill it in.');
    await user.type(headline, 'A fictional story');
    expect(headline).not.toHaveAttribute('aria-invalid');
    expect(currentDraft(localStorage)?.story.title).toBe('A fictional story');

    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const form = screen.getByRole('region', { name: /^Event:/ });
    const day = within(form).getByLabelText('Day');
    await user.type(day, '2026-02-30');
    expect(day).toHaveAccessibleDescription(
      /2026-02-30 is not a calendar date\. Check the month and day\./,
    );
    expect(screen.getByRole('button', { name: 'Download story.json' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(form).getByLabelText('Day')).toHaveValue('');
  });

  it('edits the story’s language, checked as the validator checks it', async () => {
    const user = userEvent.setup();
    const store = createEditorStore(localStorage);
    render(<EditorApp store={store} />);
    await user.click(screen.getByRole('button', { name: 'Empty story' }));
    const language = screen.getByLabelText('Language');
    await user.type(language, 'de_DE');
    expect(language).toHaveAttribute('aria-invalid', 'true');
    expect(language).toHaveAccessibleDescription(/xpected a language code/);
    await user.clear(language);
    await user.type(language, 'de');
    expect(language).not.toHaveAttribute('aria-invalid');
    expect(currentDraft(localStorage)?.story.language).toBe('de');
    await user.clear(language);
    expect(currentDraft(localStorage)?.story).not.toHaveProperty('language');
  });
});
