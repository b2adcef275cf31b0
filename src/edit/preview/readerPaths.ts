import type { Story } from '../../data/schema';

/**
 * The story with its images' own-site paths made absolute against the reader's folder
 * (`readerUrl`), so the preview frame (one folder down, in edit/) finds `media/photo.jpg`
 * where the published page will.
 */
export function withReaderPaths(story: Story, readerUrl: string): Story {
  if (!story.events.some((e) => e.media?.type === 'image')) return story;
  return {
    ...story,
    events: story.events.map((e) => {
      if (e.media?.type !== 'image') return e;
      try {
        return { ...e, media: { ...e.media, src: new URL(e.media.src, readerUrl).href } };
      } catch {
        return e;
      }
    }),
  };
}
