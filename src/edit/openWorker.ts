import { openStoryFile } from './openFile';
import { openedMessages } from './openedMessages';

/*
 * Reads and checks an opened file off the page's thread: a 60 MB story takes seconds to parse
 * and validate, and the page must keep answering meanwhile (`openOffThread.ts` starts it). The
 * answer goes in pieces the page takes a few milliseconds each to read (`openedMessages.ts`).
 */
self.onmessage = (e: MessageEvent<File>) => {
  const file = e.data;
  void file.text().then((text) => {
    for (const message of openedMessages(openStoryFile(text, file.name))) self.postMessage(message);
  });
};
