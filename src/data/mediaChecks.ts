import { isSafeUrl } from './safeUrl';
import type { Media } from './mediaSchema';

/** A problem in an event's media, relative to the media object (`src`, `url`). */
export interface MediaProblem {
  field: string;
  message: string;
  hint: string;
}

/**
 * A path on the story's own site: resolved against a site, it stays there. Compared by origin,
 * not by its first characters: the URL parser reads `/\\evil.example/x.png` and
 * `/\t/evil.example/x.png` (a tab is dropped) as `//evil.example/…`, another site.
 */
function isOwnPath(src: string): boolean {
  const site = 'https://story.invalid';
  try {
    return new URL(src, `${site}/stories/`).origin === site;
  } catch {
    return false;
  }
}

/** Whether `src` may be a picture's address: a path on the story's site or an http(s) address. */
export const isPictureAddress = (src: string): boolean =>
  isOwnPath(src.trim()) || isSafeUrl(src.trim());

/** A picture's address: a path on the story's site or an http(s) address, else a problem. */
function pictureIssues(src: string, field: string): MediaProblem[] {
  const s = src.trim();
  return isPictureAddress(s)
    ? []
    : [
        {
          field,
          message: `image "${s.slice(0, 60)}" is neither a path on the story's site nor an http: or https: URL`,
          hint: 'use a path such as media/photo.jpg, or an https:// address',
        },
      ];
}

/**
 * Where an image may come from: a path on the story's site, or an http(s) address (the page
 * shows those only from origins its build lists, after a click). A link (a video, a map, any
 * page) must be http(s), its thumbnail a picture's address.
 */
export function mediaIssues(media: Media): MediaProblem[] {
  if (media.type === 'image') return pictureIssues(media.src, 'src');
  const link: MediaProblem[] = isSafeUrl(media.url)
    ? []
    : [
        {
          field: 'url',
          message: `link "${media.url.slice(0, 60)}" is not an http: or https: URL`,
          hint: 'use an https:// address',
        },
      ];
  return media.thumbnail === undefined
    ? link
    : [...link, ...pictureIssues(media.thumbnail, 'thumbnail')];
}
