import { storySizeProblem } from '../data/limits';
import { openStoryFile, type Opened } from './openFile';
import { createOpenedJoiner, type OpenMessage } from './openedMessages';

/**
 * Opens a file as a draft: refused before it is read when it is over the reader's size limit
 * (in the reader's words), else read and checked in a worker, so the page keeps answering; on
 * the page itself where workers cannot start.
 */
export async function openOffThread(file: File): Promise<Opened> {
  const tooBig = storySizeProblem(file.size);
  if (tooBig) return { ok: false, report: [{ file: file.name, path: '(file)', message: tooBig }] };
  if (typeof Worker !== 'function') return openStoryFile(await file.text(), file.name);
  return new Promise<Opened>((resolve) => {
    const worker = new Worker(new URL('./openWorker.ts', import.meta.url), { type: 'module' });
    const end = (opened: Promise<Opened> | Opened) => {
      worker.terminate();
      resolve(opened);
    };
    const joiner = createOpenedJoiner();
    worker.onmessage = (e: MessageEvent<OpenMessage>) => {
      const opened = joiner.add(e.data);
      if (opened) end(opened);
    };
    // A worker that fails to start (a blocked script) leaves the page to do the work.
    worker.onerror = (e) => {
      e.preventDefault();
      end(file.text().then((text) => openStoryFile(text, file.name)));
    };
    worker.postMessage(file);
  });
}
