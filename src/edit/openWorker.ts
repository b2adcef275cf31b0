import { openStoryFile } from './openFile';
import { openedMessages, type OpenRequest } from './openedMessages';
import { newDraft } from './drafts';
import { writeNewDraft } from './draftWrite';

/*
 * Reads and checks an opened file off the page's thread: a 60 MB story takes seconds to parse
 * and validate, and the page must keep answering meanwhile (`openOffThread.ts` starts it). Asked
 * to, it saves the story as a new draft here too (`draftWrite.ts`), before the page shows it.
 * The answer goes in pieces the page takes a few milliseconds each to read (`openedMessages.ts`).
 */
self.onmessage = (e: MessageEvent<OpenRequest>) => {
  const { file, save } = e.data;
  void file.text().then(async (text) => {
    const opened = openStoryFile(text, file.name);
    if (opened.ok && save && typeof indexedDB !== 'undefined') {
      const draft = newDraft(
        save.id,
        opened.name || save.name,
        { story: opened.story, texts: opened.texts ?? {}, translations: opened.translations },
        save.updatedAt,
      );
      self.postMessage({
        type: 'saved',
        written: await writeNewDraft(indexedDB, draft, save.index),
      });
    }
    for (const message of openedMessages(opened)) self.postMessage(message);
  });
};
