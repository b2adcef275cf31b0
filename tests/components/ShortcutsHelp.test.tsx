import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ShortcutsHelp } from '../../src/components/ShortcutsHelp';
import { TIMELINE_KEYS } from '../../src/hooks/timelineKeys';
import { t } from '../../src/i18n/catalog';

// One more key in the table, as a change adding a shortcut would make: the help must show it
// without being told.
vi.mock('../../src/hooks/timelineKeys', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/hooks/timelineKeys')>();
  return {
    ...real,
    TIMELINE_KEYS: [
      ...real.TIMELINE_KEYS,
      { label: { printed: 'F' }, does: 'page.shortcuts', keys: [['f', 'search']] },
    ],
  };
});

describe('ShortcutsHelp', () => {
  it('lists every row of the keymap, a key added to it included, with what it does', () => {
    render(<ShortcutsHelp open onClose={() => undefined} />);
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(help).getAllByRole('row');
    expect(rows).toHaveLength(TIMELINE_KEYS.length);
    expect(TIMELINE_KEYS.at(-1)?.keys).toEqual([['f', 'search']]);
    TIMELINE_KEYS.forEach((key, i) => {
      const label = 'words' in key.label ? t(key.label.words) : key.label.printed;
      expect(within(rows[i]!).getByRole('rowheader')).toHaveTextContent(label);
      expect(within(rows[i]!).getByRole('cell')).toHaveTextContent(t(key.does));
    });
    expect(within(help).getByRole('rowheader', { name: 'F' })).toBeVisible();
    expect(within(help).getByRole('rowheader', { name: 'Home / End' })).toBeVisible();
  });
});
