import { screen, within } from '@testing-library/react';
import { fill, openEditor } from './editorFixture';

async function openEvent() {
  const { user, savedStory } = openEditor();
  const form = screen.getByRole('region', { name: /^Event:/ });
  await user.selectOptions(within(form).getByLabelText('Kind of media'), 'link');
  return { user, form, savedMedia: () => savedStory()?.events[0]?.media };
}

describe('the event’s media fields', () => {
  beforeEach(() => localStorage.clear());

  it.each([
    [
      'https://youtu.be/dQw4w9WgXcQ?t=42',
      'Readers see: Video · YouTube, a card whose player loads when they ask.',
    ],
    [
      'https://vimeo.com/76979871',
      'Readers see: Video · Vimeo, a card whose player loads when they ask.',
    ],
    [
      'https://soundcloud.com/a/b',
      'Readers see: Audio · SoundCloud, a card whose player loads when they ask.',
    ],
    [
      'https://www.openstreetmap.org/#map=12/52.5/13.4',
      'Readers see: Map · OpenStreetMap, a card whose player loads when they ask.',
    ],
    ['https://maps.app.goo.gl/x', 'Readers see: Map · Google Maps, a card with a link.'],
    ['https://www.example.org/report.pdf', 'Readers see: Link · example.org, a card with a link.'],
  ])('says what the card for %s will be', async (url, said) => {
    const { user, form, savedMedia } = await openEvent();
    const link = within(form).getByLabelText('Link', { exact: true });
    await fill(user, link, url);
    expect(link).toHaveAccessibleDescription(expect.stringContaining(said));
    expect(savedMedia()).toMatchObject({ type: 'link', url });
  });

  it('says in its own words that the build does not list the player’s site', async () => {
    const { user, form } = await openEvent();
    const link = within(form).getByLabelText('Link', { exact: true });
    await fill(user, link, 'https://www.youtube.com/shorts/abcdefghijk');
    expect(link).toHaveAccessibleDescription(
      /Readers will see a link to this video, not the player: the timeline’s build does not list www\.youtube-nocookie\.com/,
    );
  });

  it('keeps a thumbnail, and says so in its words when it is not a picture’s address', async () => {
    const { user, form, savedMedia } = await openEvent();
    const thumb = within(form).getByLabelText('Thumbnail (optional)');
    await fill(user, thumb, 'media/thumb.jpg');
    expect(savedMedia()).toMatchObject({ thumbnail: 'media/thumb.jpg' });
    await user.clear(thumb);
    expect(savedMedia()).not.toHaveProperty('thumbnail');
    await fill(user, thumb, 'javascript:alert(1)');
    expect(thumb).toHaveAccessibleDescription(
      /“javascript:alert\(1\)” is neither a path on the story’s site nor a web address/,
    );
  });
});
