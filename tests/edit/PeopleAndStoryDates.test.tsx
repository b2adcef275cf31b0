import { screen, within } from '@testing-library/react';
import { fill, openEditor } from './editorFixture';

describe('an actor’s people', () => {
  beforeEach(() => localStorage.clear());

  it('adds a person with a name and an optional role, and removes them', async () => {
    const { user, savedStory } = openEditor();
    await user.click(screen.getByRole('button', { name: 'Add person to Globex Kettles' }));
    const actor = screen.getByRole('group', { name: 'Actor 2' });
    const person = within(actor).getByRole('group', { name: 'Person 1' });
    const name = within(person).getByLabelText('Name');
    expect(name).toHaveAccessibleDescription(/is empty: fill it in/);
    await fill(user, name, 'Dr. Imaginary Brewer');
    expect(name).not.toHaveAttribute('aria-invalid');
    // An empty role is left out, as the format has no empty texts.
    expect(savedStory()?.actors[1]?.people).toEqual([{ name: 'Dr. Imaginary Brewer' }]);
    await fill(user, within(person).getByLabelText('Role (optional)'), 'Chief spout officer');
    expect(savedStory()?.actors[1]?.people?.[0]?.role).toBe('Chief spout officer');
    expect(savedStory()?.actors[0]).not.toHaveProperty('people');

    await user.click(screen.getByRole('button', { name: 'Remove person 1 from Globex Kettles' }));
    expect(savedStory()?.actors[1]).not.toHaveProperty('people');
  });
});

describe('the story’s dates and corrections', () => {
  beforeEach(() => localStorage.clear());

  it('checks published and updated as the validator does, and leaves an empty one out', async () => {
    const { user, savedStory } = openEditor();
    const published = screen.getByLabelText('Published (optional)');
    const updated = screen.getByLabelText('Updated (optional)');
    await user.type(published, '2031-04-10');
    await user.type(updated, '2031-04-02');
    expect(updated).toHaveAttribute('aria-invalid', 'true');
    expect(updated).toHaveAccessibleDescription(
      /Updated 2031-04-02 is before published 2031-04-10/,
    );
    expect(screen.getByRole('button', { name: 'Download story.json' })).toBeDisabled();
    await user.clear(updated);
    expect(updated).not.toHaveAttribute('aria-invalid');
    expect(savedStory()).not.toHaveProperty('updated');
    expect(savedStory()?.published).toBe('2031-04-10');
  });

  it('adds a correction, its date checked against publication', async () => {
    const { user, savedStory } = openEditor();
    await user.type(screen.getByLabelText('Published (optional)'), '2031-04-10');
    await user.click(screen.getByRole('button', { name: 'Add correction' }));
    const correction = screen.getByRole('group', { name: 'Correction 1' });
    const date = within(correction).getByLabelText('Date');
    expect(date).toHaveAccessibleDescription(/“Date” is empty: fill it in/);
    // The validator orders dates once the correction passes the schema, so its text comes first.
    await fill(
      user,
      within(correction).getByLabelText('What was corrected'),
      'An earlier version misnamed the kettle.',
    );
    await user.type(date, '2031-04-05');
    expect(date).toHaveAccessibleDescription(
      /Correction dated 2031-04-05, before publication on 2031-04-10/,
    );
    await user.clear(date);
    await user.type(date, '2031-04-12');
    expect(date).not.toHaveAttribute('aria-invalid');
    expect(savedStory()?.corrections).toEqual([
      { date: '2031-04-12', text: 'An earlier version misnamed the kettle.' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove correction 1' }));
    expect(savedStory()).not.toHaveProperty('corrections');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(savedStory()?.corrections).toHaveLength(1);
  });
});
