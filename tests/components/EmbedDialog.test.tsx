import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoryView } from '../../src/components/StoryView';
import { makeStory } from '../fixtures/story';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

async function openDialog() {
  const user = userEvent.setup();
  render(<StoryView story={makeStory()} search="" />);
  await user.click(screen.getByRole('button', { name: /^Embed$/ }));
  const dialog = await screen.findByRole(
    'dialog',
    { name: 'Embed this timeline' },
    // The dialog is a lazy chunk: the first import in a test run is slow.
    { timeout: 10_000 },
  );
  const code = () =>
    (
      within(dialog).getByRole('textbox', {
        name: 'Script embed (self-sizing)',
      }) as HTMLTextAreaElement
    ).value;
  return { user, dialog, code };
}

describe('the Embed dialog', () => {
  it('offers a transparent background, paired with a theme, and shows the code change', async () => {
    const { user, dialog, code } = await openDialog();
    expect(code()).not.toContain('transparent');
    await user.click(within(dialog).getByRole('checkbox', { name: /Transparent background/ }));
    expect(code()).toContain('bg=transparent');
    // The reader is told to pair it with the page's theme, next to the theme menu.
    expect(within(dialog).getByText(/pick the theme that matches your page/)).toBeVisible();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(code()).toContain('theme=dark');
  });

  it('offers the language', async () => {
    const { user, dialog, code } = await openDialog();
    expect(code()).not.toContain('lang=');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language' }), 'de');
    expect(code()).toContain('lang=de');
  });

  it('offers a font and a readable accent, and refuses a faint one in the notice’s words', async () => {
    const { user, dialog, code } = await openDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Font' }), 'serif');
    expect(code()).toContain('font=serif');
    const accent = within(dialog).getByRole('textbox', { name: /Accent colour/ });
    await user.type(accent, '#c0392b');
    expect(code()).toContain('accent=c0392b');
    await user.clear(accent);
    // Yellow on white: 1.6:1, unreadable as text.
    await user.type(accent, 'ffd700');
    expect(code()).not.toContain('accent=');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /contrast 1\.\d:1 on the background, and text needs at least 4\.5:1/,
    );
    expect(accent).toHaveAttribute('aria-invalid', 'true');
    await user.clear(accent);
    await user.type(accent, 'red;x');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/a hex colour such as 0a58a8/);
  });
});
