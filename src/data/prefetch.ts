/** The download public/boot.js starts for a `?data=` story on this site, before any module runs. */
interface EarlyFetch {
  href: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __storyFetch?: EarlyFetch;
  }
}

/**
 * The response boot.js started for `href`, once; null if it started none for it (a story on
 * another site, or no `?data=`), and the loader fetches it itself.
 */
export function takePrefetched(href: string): Promise<Response> | null {
  const early = typeof window === 'undefined' ? undefined : window.__storyFetch;
  if (!early || early.href !== href) return null;
  delete window.__storyFetch;
  return early.response;
}
