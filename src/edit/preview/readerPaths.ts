import type { Story } from '../../data/schema';

/**
 * The story with its images' and thumbnails' own-site paths made absolute against the reader's
 * folder (`readerUrl`), so the preview frame (one folder down, in edit/) finds `media/photo.jpg`
 * where the published page will.
 */
export function withReaderPaths(story: Story, readerUrl: string): Story {
  const hasPath = (e: Story['events'][number]) =>
    e.media?.type === 'image' || (e.media?.type === 'link' && e.media.thumbnail !== undefined);
  if (!story.events.some(hasPath)) return story;
  const resolve = (path: string) => {
    try {
      return new URL(path, readerUrl).href;
    } catch {
      return path;
    }
  };
  return {
    ...story,
    events: story.events.map((e) => {
      if (e.media?.type === 'image')
        return { ...e, media: { ...e.media, src: resolve(e.media.src) } };
      if (e.media?.type === 'link' && e.media.thumbnail !== undefined)
        return { ...e, media: { ...e.media, thumbnail: resolve(e.media.thumbnail) } };
      return e;
    }),
  };
}
