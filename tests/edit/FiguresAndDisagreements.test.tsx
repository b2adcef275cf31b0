import { screen, within } from '@testing-library/react';
import { fill, openEditor } from './editorFixture';

async function openEvent() {
  const { user, savedStory } = openEditor();
  const form = screen.getByRole('region', { name: /^Event:/ });
  return { user, form, savedEvent: () => savedStory()?.events[0] };
}

describe('the event’s figures', () => {
  beforeEach(() => localStorage.clear());

  it('edits a figure, with the validator’s words at the value when it and the qualifier disagree', async () => {
    const { user, form, savedEvent } = await openEvent();
    await user.click(within(form).getByRole('button', { name: 'Add figure' }));
    const figure = within(form).getByRole('group', { name: 'Figure 1' });
    // A new figure is the one state valid without a number: undisclosed.
    expect(within(figure).getByLabelText('Qualifier')).toHaveValue('not-disclosed');
    expect(savedEvent()?.figures?.[0]).toMatchObject({ value: null, qualifier: 'not-disclosed' });

    await fill(user, within(figure).getByLabelText('Quote giving the number'), 'some 25,000 cups');
    await user.selectOptions(within(figure).getByLabelText('Whose number'), 'Globex Kettles');
    const value = within(figure).getByLabelText('Value');
    await user.type(value, '25,000');
    expect(value).toHaveValue('25,000');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription(
      /A number is given, but the qualifier says “Not disclosed”/,
    );

    await user.selectOptions(within(figure).getByLabelText('Qualifier'), 'roughly');
    expect(value).not.toHaveAttribute('aria-invalid');
    expect(savedEvent()?.figures).toEqual([
      {
        metric: 'exchanges',
        actor: 'globex-kettles',
        value: 25000,
        qualifier: 'roughly',
        citation: { source: 'gazette', quote: 'some 25,000 cups' },
      },
    ]);

    await user.clear(value);
    expect(value).toHaveAccessibleDescription(
      /There is no number: choose the qualifier “Not disclosed”/,
    );
  });

  it('flags a value that is not a number, keeping what was typed', async () => {
    const { user, form } = await openEvent();
    await user.click(within(form).getByRole('button', { name: 'Add figure' }));
    const figure = within(form).getByRole('group', { name: 'Figure 1' });
    await user.selectOptions(within(figure).getByLabelText('Qualifier'), 'exact');
    const value = within(figure).getByLabelText('Value');
    await user.type(value, 'twelve');
    expect(value).toHaveValue('twelve');
    expect(value).toHaveAttribute('aria-invalid', 'true');
  });

  it('removes a figure by its number, and leaves the list out when none is left', async () => {
    const { user, form, savedEvent } = await openEvent();
    await user.click(within(form).getByRole('button', { name: 'Add figure' }));
    await user.click(within(form).getByRole('button', { name: 'Add figure' }));
    await user.selectOptions(
      within(within(form).getByRole('group', { name: 'Figure 2' })).getByLabelText(
        'What is counted',
      ),
      'accounts',
    );
    await user.click(within(form).getByRole('button', { name: 'Remove figure 1' }));
    expect(savedEvent()?.figures?.map((f) => f.metric)).toEqual(['accounts']);
    await user.click(within(form).getByRole('button', { name: 'Remove figure 1' }));
    expect(savedEvent()).not.toHaveProperty('figures');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(savedEvent()?.figures).toHaveLength(1);
  });
});

describe('the event’s disagreements', () => {
  beforeEach(() => localStorage.clear());

  it('adds a disagreement with two accounts, then a third, each with source, says and quote', async () => {
    const { user, form, savedEvent } = await openEvent();
    await user.click(within(form).getByRole('button', { name: 'Add disagreement' }));
    const d = within(form).getByRole('group', { name: 'Disagreement 1' });
    expect(within(d).getAllByRole('group', { name: /^Account \d+$/ })).toHaveLength(2);
    // Two accounts are the schema's least, so neither can go.
    expect(
      within(d).getByRole('button', { name: 'Remove account 1 from disagreement 1' }),
    ).toBeDisabled();

    const about = within(d).getByLabelText('About');
    expect(about).toHaveAccessibleDescription(/“About” is empty: fill it in/);
    await fill(user, about, 'Who drew the spout first');
    await user.click(within(d).getByRole('button', { name: 'Add account to disagreement 1' }));
    const third = within(d).getByRole('group', { name: 'Account 3' });
    await user.selectOptions(within(third).getByLabelText('Source'), 'Kettle memo');
    await fill(user, within(third).getByLabelText('What it says'), 'Globex says it drew it first');
    const quote = within(third).getByLabelText('Quote');
    expect(quote).toHaveAccessibleDescription(/is empty: fill it in/);
    await fill(user, quote, 'our spout, our pencil');
    expect(quote).not.toHaveAttribute('aria-invalid');

    expect(savedEvent()?.disagreements?.[0]?.about).toBe('Who drew the spout first');
    expect(savedEvent()?.disagreements?.[0]?.accounts[2]).toEqual({
      source: 'memo',
      says: 'Globex says it drew it first',
      quote: 'our spout, our pencil',
    });
    const remove = within(d).getByRole('button', { name: 'Remove account 1 from disagreement 1' });
    expect(remove).toBeEnabled();
    await user.click(remove);
    expect(savedEvent()?.disagreements?.[0]?.accounts[0]?.source).toBe('gazette');
    expect(savedEvent()?.disagreements?.[0]?.accounts).toHaveLength(2);

    await user.click(within(form).getByRole('button', { name: 'Remove disagreement 1' }));
    expect(savedEvent()).not.toHaveProperty('disagreements');
  });
});
