/**
 * Origins besides our own that `?data=` may load from, listed at build time:
 * `VITE_STORY_ORIGINS=https://data.example.org,https://cdn.example.org npm run build`.
 */
export const ALLOWED_ORIGINS: readonly string[] = (import.meta.env.VITE_STORY_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

/** Resolves `?data=` against the page; null when it points at an origin we do not trust. */
export function resolveStoryUrl(param: string, pageUrl: string): URL | null {
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const own = new URL(pageUrl).origin;
  return url.origin === own || ALLOWED_ORIGINS.includes(url.origin) ? url : null;
}
