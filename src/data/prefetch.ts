import { resolveStoryUrl } from './storyUrl';

// Started by main.tsx before React renders, so a large story downloads while the app and its
// validator load, instead of after.
let pending: { href: string; response: Promise<Response> } | null = null;

/** Starts fetching `?data=` at once, if it is a URL the loader would accept. */
export function prefetchStory(param: string, pageUrl: string): void {
  const url = resolveStoryUrl(param, pageUrl);
  if (!url) return;
  const response = fetch(url, { credentials: 'same-origin' });
  // The loader reports a failure when it awaits this; until then it is not unhandled.
  response.catch(() => undefined);
  pending = { href: url.href, response };
}

/** The prefetched response for `href`, once; null if none was started for it. */
export function takePrefetched(href: string): Promise<Response> | null {
  if (!pending || pending.href !== href) return null;
  const { response } = pending;
  pending = null;
  return response;
}
