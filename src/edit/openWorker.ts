import { openStoryFile } from './openFile';
import { openedMessages, type OpenRequest } from './openedMessages';
import { newDraft } from './drafts';
import { writeNewDraft, type DraftWritten } from './draftWrite';

/*
 * Reads and checks an opened file off the page's thread: a 60 MB story takes seconds to parse
 * and validate, and the page must keep answering meanwhile (`openOffThread.ts` starts it). The
 * answer goes in pieces the page takes a few milliseconds each to read (`openedMessages.ts`).
 * Asked to, it then saves the story as a new draft here too (`draftWrite.ts`), while the page
 * takes the pieces: the page shows the story once both are done.
 */
self.onmessage = (e: MessageEvent<OpenRequest>) => {
  const { file, save } = e.data;
  void file.text().then(async (text) => {
    const opened = openStoryFile(text, file.name);
    for (const message of openedMessages(opened)) self.postMessage(message);
    if (!opened.ok || !save) return;
    const draft = newDraft(
      save.id,
      opened.name || save.name,
      { story: opened.story, texts: opened.texts ?? {}, translations: opened.translations },
      save.updatedAt,
    );
    const written: DraftWritten =
      typeof indexedDB === 'undefined'
        ? { ok: false }
        : await writeNewDraft(indexedDB, draft, save.index);
    self.postMessage({ type: 'saved', written });
  });
};
