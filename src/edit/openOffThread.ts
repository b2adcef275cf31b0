import { storySizeProblem } from '../data/limits';
import { openStoryFile, type Opened } from './openFile';
import { createOpenedJoiner, type DraftToSave, type OpenMessage } from './openedMessages';
import type { DraftWritten } from './draftWrite';

/** An opened file, and, when the worker was asked to save it as a draft, how that went. */
export interface OpenedOffThread {
  opened: Opened;
  written?: DraftWritten;
}

/**
 * Opens a file as a draft: refused before it is read when it is over the reader's size limit
 * (in the reader's words), else read and checked in a worker, so the page keeps answering; on
 * the page itself where workers cannot start. With `save`, the worker also saves it as a new
 * draft before answering (`openWorker.ts`).
 */
export async function openOffThread(file: File, save?: DraftToSave): Promise<OpenedOffThread> {
  const tooBig = storySizeProblem(file.size);
  if (tooBig)
    return {
      opened: { ok: false, report: [{ file: file.name, path: '(file)', message: tooBig }] },
    };
  const onPage = async () => ({ opened: openStoryFile(await file.text(), file.name) });
  if (typeof Worker !== 'function') return onPage();
  return new Promise<OpenedOffThread>((resolve) => {
    const worker = new Worker(new URL('./openWorker.ts', import.meta.url), { type: 'module' });
    let written: DraftWritten | undefined;
    let opened: Opened | null = null;
    const end = (result: Promise<OpenedOffThread> | OpenedOffThread) => {
      worker.terminate();
      resolve(result);
    };
    const joiner = createOpenedJoiner();
    worker.onmessage = (e: MessageEvent<OpenMessage>) => {
      if (e.data.type === 'saved') written = e.data.written;
      opened ??= joiner.add(e.data);
      // A story to save shows once it is saved too (the worker saves it as the page joins it).
      if (opened && (!save || !opened.ok || written))
        end({ opened, ...(written ? { written } : {}) });
    };
    // A worker that fails to start (a blocked script) leaves the page to do the work.
    worker.onerror = (e) => {
      e.preventDefault();
      end(onPage());
    };
    worker.postMessage(save ? { file, save } : { file });
  });
}
