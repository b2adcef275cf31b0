import { draftFileText } from '../../src/edit/draftFile';
import { openStoryFile } from '../../src/edit/openFile';
import { blankStory } from '../../src/edit/blank';

describe('a draft saved as a file', () => {
  it('says it is a draft with its problems, and opens again with its texts and translations', () => {
    const story = { ...blankStory(), title: 'Half written' };
    const text = draftFileText(
      {
        name: 'Monday',
        story,
        texts: { 'source-1': 'Pasted.' },
        translations: { de: { title: 'Halb' } },
      },
      1,
      new Date('2026-12-07T10:00:00Z'),
    );
    expect(text).toContain(
      '"note": "A draft from the story editor, with 1 problem: not a story file yet.',
    );
    const opened = openStoryFile(text, 'monday.draft.json');
    expect(opened).toMatchObject({
      ok: true,
      from: 'draft',
      name: 'Monday',
      texts: { 'source-1': 'Pasted.' },
      translations: { de: { title: 'Halb' } },
      story: { title: 'Half written' },
    });
  });
});
