import { withReaderPaths } from '../../src/edit/preview/readerPaths';
import { makeStory } from '../fixtures/story';

describe('withReaderPaths', () => {
  it('resolves an image path against the reader’s folder, and leaves addresses alone', () => {
    const story = makeStory();
    const media = (src: string) => ({
      type: 'image' as const,
      src,
      alt: 'Alt.',
      caption: 'Caption.',
      credit: 'Credit.',
    });
    story.events[0]!.media = media('media/a.jpg');
    story.events[1]!.media = media('https://images.example.org/b.jpg');
    const out = withReaderPaths(story, 'https://news.example.org/graphics/t/');
    expect(out.events[0]!.media).toMatchObject({
      src: 'https://news.example.org/graphics/t/media/a.jpg',
    });
    expect(out.events[1]!.media).toMatchObject({ src: 'https://images.example.org/b.jpg' });
  });

  it('resolves a link’s thumbnail path the same way', () => {
    const story = makeStory();
    story.events[0]!.media = {
      type: 'link',
      url: 'https://youtu.be/dQw4w9WgXcQ',
      caption: 'A video.',
      thumbnail: 'media/t.jpg',
    };
    const out = withReaderPaths(story, 'https://news.example.org/graphics/t/');
    expect(out.events[0]!.media).toMatchObject({
      url: 'https://youtu.be/dQw4w9WgXcQ',
      thumbnail: 'https://news.example.org/graphics/t/media/t.jpg',
    });
  });

  it('returns a story without images as it is', () => {
    const story = makeStory();
    expect(withReaderPaths(story, 'https://news.example.org/')).toBe(story);
  });
});
