import { openStoryFile } from './openFile';

/*
 * Reads and checks an opened file off the page's thread: a 60 MB story takes seconds to parse
 * and validate, and the page must keep answering meanwhile (`openOffThread.ts` starts it).
 */
self.onmessage = (e: MessageEvent<File>) => {
  const file = e.data;
  void file.text().then((text) => self.postMessage(openStoryFile(text, file.name)));
};
