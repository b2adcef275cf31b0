import type { StoryFile } from './schema';
import type { LoadResult } from './issues';
import { readStoryJson } from './storyJson';
import { validateFast } from './validateFast';
import { resolveStoryUrl } from './storyUrl';
import { takePrefetched } from './prefetch';
import { cspBlockedUrl } from './cspBlocked';
import { MAX_STORY_BYTES, STORY_LIMIT_TEXT, storySizeProblem } from './limits';
import { startFullCheck } from './fullCheck';
import { passesQuickCheck } from './quickCheck';
import { knownSingleLanguage } from './localText';

/**
 * From this size (about 2,000 events) a story is drawn after a quick structural pass while its
 * full check runs in a worker (`fullCheck.ts`): below it, the full check on the page costs less
 * than starting a worker.
 */
export const QUICK_CHECK_CHARS = 1_000_000;

/**
 * A loaded story; one drawn after the quick pass carries its full check's verdict to come,
 * which the page must follow (to the error page, naming the fault, if it refuses the story).
 */
export type StoryLoad = LoadResult<StoryFile> & { fullCheck?: Promise<LoadResult<StoryFile>> };

/**
 * A download that brings less than `STALL_BYTES` in this long has stalled (a server that sends
 * `{` and then nothing, or a byte now and then): the reader gets the error page and Reload
 * instead of "Loading…" forever. Even a 2G connection brings far more in 15 s.
 */
export const STALL_MS = 15_000;
export const STALL_BYTES = 1024;

const fail = (
  file: string,
  message: string,
  hint?: string,
  retry?: true,
): LoadResult<StoryFile> => ({
  ok: false,
  issues: [{ file, path: '(file)', message, ...(hint ? { hint } : {}) }],
  ...(retry ? { retry } : {}),
});

const originOf = (href: string): string | null => {
  try {
    const { origin } = new URL(href);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
};

/** Whether the server answers `url` with a redirect (not followed, so no CSP is involved). */
async function redirects(url: URL): Promise<boolean> {
  try {
    const res = await fetch(url, { credentials: 'same-origin', redirect: 'manual' });
    return res.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

/** Why the page's CSP refused the story, naming the site it refused, or the redirect. */
async function cspProblem(file: string, url: URL, blocked: string) {
  const target = originOf(blocked);
  if (target && target !== url.origin)
    return fail(
      file,
      `the server redirected the story file to ${target}, which this site's content security policy does not allow fetching from`,
      'link to the file where it now is (if this site may load from there), or serve it from this site without a redirect',
    );
  // Chromium may report the address asked for, not the redirect's target it refused.
  if (await redirects(url))
    return fail(
      file,
      "the server redirected the story file to another site, which this site's content security policy does not allow fetching from",
      'serve the file from this site without a redirect, or link to its final address',
    );
  return fail(
    file,
    `fetching the story file from ${url.origin} was blocked by this site's content security policy`,
    `add ${url.origin} to the page's CSP connect-src (a build with VITE_STORY_ORIGINS does)`,
  );
}

/** Fetches and validates a story file, with a clear message for each way it can fail. */
export async function loadStory(
  param: string,
  pageUrl: string,
  onProgress?: (loadedBytes: number, totalBytes: number | null) => void,
  stallMs: number = STALL_MS,
): Promise<StoryLoad> {
  const url = resolveStoryUrl(param, pageUrl);
  if (!url)
    return fail(
      param.slice(0, 200),
      'this story file is on another site, which this timeline does not load from',
      'serve the file from the same site as the timeline',
    );
  const file = url.pathname;
  const stalled = () =>
    fail(
      file,
      `the story file stopped arriving: less than ${STALL_BYTES.toLocaleString('en')} bytes in ${stallMs / 1000} seconds`,
      'check your connection and reload',
      true,
    );
  // Checked every `stallMs`: the bytes that came since the last check.
  let loaded = 0;
  let seen = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let isStalled = false;
  let onStall = () => {};
  const stall = new Promise<'stalled'>((resolve) => (onStall = () => resolve('stalled')));
  const watchdog = setInterval(() => {
    if (loaded - seen < STALL_BYTES) {
      isStalled = true;
      onStall();
      void reader?.cancel().catch(() => undefined);
    }
    seen = loaded;
  }, stallMs);
  try {
    let res: Response | 'stalled';
    try {
      res = await Promise.race([
        takePrefetched(url.href) ?? fetch(url, { credentials: 'same-origin' }),
        stall,
      ]);
    } catch {
      const blocked = await cspBlockedUrl(url);
      if (blocked !== null) return await cspProblem(file, url, blocked);
      return fail(
        file,
        'the story file could not be fetched (network error)',
        'check your connection and reload',
        true,
      );
    }
    if (res === 'stalled') return stalled();
    if (res.status === 404)
      return fail(file, 'no story file at this address (404)', 'check the data= path');
    if (!res.ok) return fail(file, `the server answered ${res.status} for the story file`);
    const total = Number(res.headers.get('content-length')) || null;
    const tooBig = total === null ? null : storySizeProblem(total);
    if (tooBig) return fail(file, tooBig);
    reader = res.body?.getReader();
    let text = '';
    // The bytes as they came, handed to a big story's full check in its worker (moved, not
    // copied: a 50 MB string posted to a worker is copied on the page's thread).
    const chunks: Uint8Array[] = [];
    if (reader) {
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (isStalled) return stalled();
        if (done) break;
        loaded += value.byteLength;
        if (loaded > MAX_STORY_BYTES) {
          await reader.cancel();
          return fail(file, `the story file goes on past the limit of ${STORY_LIMIT_TEXT}`);
        }
        text += decoder.decode(value, { stream: true });
        chunks.push(value);
        onProgress?.(loaded, total);
      }
      text += decoder.decode();
    } else {
      const body = await Promise.race([res.text(), stall]);
      if (body === 'stalled') return stalled();
      text = body;
    }
    // Named stages, so the benchmark (and a reader's devtools) can see where a load's time goes.
    performance.mark('story:fetched');
    // Started first, so the worker's parse runs beside the page's.
    const full =
      text.length >= QUICK_CHECK_CHARS ? startFullCheck(chunks.length ? chunks : text, file) : null;
    const json = readStoryJson(text, file);
    if (full && json.ok && !json.mayHaveProto && passesQuickCheck(json.raw)) {
      // The quick pass read every text: none is in several languages.
      knownSingleLanguage(json.raw);
      performance.measure('story:parse+validate', 'story:fetched');
      return { ok: true, data: json.raw, fullCheck: full.settle(json.raw) };
    }
    full?.cancel();
    // zod (and its chunk) only for a story the generated check refuses: to say why.
    const result = json.ok
      ? (validateFast(json.raw, file) ??
        (await import('./validate')).validateStory(json.raw, file, json.mayHaveProto))
      : json;
    performance.measure('story:parse+validate', 'story:fetched');
    return result;
  } finally {
    clearInterval(watchdog);
  }
}
