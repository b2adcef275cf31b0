import type { StoryFile } from './schema';
import type { LoadResult } from './issues';
import type { FullCheckJob } from './fullCheckWorker';
import { fullVerdict, type FullVerdict } from './fullVerdict';
import { validateFast } from './validateFast';

/**
 * Starts the full check of a big story in a worker, as soon as its last byte is in,
 * beside the page's own parse; `settle` then gives the verdict on the value the page drew.
 * Where a worker cannot start (or fails), the check runs on the page after the first frame.
 */
export function startFullCheck(
  body: Uint8Array[] | string,
  file: string,
): { settle: (drawn: StoryFile) => Promise<LoadResult<StoryFile>>; cancel: () => void } {
  let fromWorker: Promise<FullVerdict | null>;
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./fullCheckWorker.ts', import.meta.url), {
      type: 'module',
    });
    const started = worker;
    fromWorker = new Promise<FullVerdict | null>((resolve) => {
      started.onmessage = (e: MessageEvent<FullVerdict>) => resolve(e.data);
      started.onerror = (e) => {
        e.preventDefault();
        resolve(null);
      };
    }).finally(() => started.terminate());
    // The chunks' buffers are moved to the worker: the page has the text and no more use for them.
    const buffers =
      typeof body === 'string' ? [] : [...new Set(body.map((c) => c.buffer as ArrayBuffer))];
    started.postMessage({ body, file } satisfies FullCheckJob, buffers);
  } catch {
    fromWorker = Promise.resolve(null);
  }
  const settle = async (drawn: StoryFile): Promise<LoadResult<StoryFile>> => {
    const verdict =
      (await fromWorker) ??
      (await new Promise<FullVerdict>((resolve) =>
        setTimeout(() => resolve(fullVerdict(drawn, file, false)), 0),
      ));
    // For the benchmark and tests: when the page learnt the verdict.
    performance.mark('story:checked');
    if (!verdict.ok) return verdict;
    if (verdict.same) return { ok: true, data: drawn };
    // Not expected (the quick pass lets through only what the check returns as it is): the
    // page's own check then gives the value, as for a small story.
    return validateFast(drawn, file) ?? (await import('./validate')).validateStory(drawn, file);
  };
  // A story the quick pass would not draw is checked on the page instead: the worker stops.
  return { settle, cancel: () => worker?.terminate() };
}
