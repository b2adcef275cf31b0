import type { StoryFile } from './schema';
import type { LoadResult } from './issues';
import { parseStory } from './validate';
import { resolveStoryUrl } from './storyUrl';
import { takePrefetched } from './prefetch';
import { isBlockedByCsp } from './cspBlocked';
import { MAX_STORY_BYTES, storySizeProblem } from './limits';

export { resolveStoryUrl, ALLOWED_ORIGINS } from './storyUrl';
export { showStoryInDocument } from './documentMeta';

export { MAX_STORY_BYTES };
const LIMIT = `${MAX_STORY_BYTES / 1048576} MB`;

const fail = (file: string, message: string, hint?: string): LoadResult<StoryFile> => ({
  ok: false,
  issues: [{ file, path: '(file)', message, ...(hint ? { hint } : {}) }],
});

/** Fetches and validates a story file, with a clear message for each way it can fail. */
export async function loadStory(
  param: string,
  pageUrl: string,
  onProgress?: (loadedBytes: number, totalBytes: number | null) => void,
): Promise<LoadResult<StoryFile>> {
  const url = resolveStoryUrl(param, pageUrl);
  if (!url)
    return fail(
      param.slice(0, 200),
      'this story file is on another site, which this timeline does not load from',
      'serve the file from the same site as the timeline',
    );
  const file = url.pathname;
  let res: Response;
  try {
    res = await (takePrefetched(url.href) ?? fetch(url, { credentials: 'same-origin' }));
  } catch {
    if (await isBlockedByCsp(url))
      return fail(
        file,
        `fetching the story file from ${url.origin} was blocked by this site's content security policy`,
        `add ${url.origin} to the page's CSP connect-src (a build with VITE_STORY_ORIGINS does)`,
      );
    return fail(
      file,
      'the story file could not be fetched (network error)',
      'check your connection and reload',
    );
  }
  if (res.status === 404)
    return fail(file, 'no story file at this address (404)', 'check the data= path');
  if (!res.ok) return fail(file, `the server answered ${res.status} for the story file`);
  const total = Number(res.headers.get('content-length')) || null;
  const tooBig = total === null ? null : storySizeProblem(total);
  if (tooBig) return fail(file, tooBig);
  const reader = res.body?.getReader();
  let text = '';
  if (reader) {
    const decoder = new TextDecoder();
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      if (loaded > MAX_STORY_BYTES) {
        await reader.cancel();
        return fail(file, `the story file is over the ${LIMIT} limit`);
      }
      text += decoder.decode(value, { stream: true });
      onProgress?.(loaded, total);
    }
    text += decoder.decode();
  } else {
    text = await res.text();
  }
  // Named stages, so the benchmark (and a reader's devtools) can see where a load's time goes.
  performance.mark('story:fetched');
  const result = parseStory(text, file);
  performance.measure('story:parse+validate', 'story:fetched');
  return result;
}
