import type { EditorStore } from './store';
import { isDraftDatabase } from './draftDatabase';
import { INDEX, newDraft, newDraftId } from './drafts';
import { openOffThread } from './openOffThread';
import type { Opened } from './openFile';

/**
 * Opens a file as a new draft and shows it once saved. Where drafts are kept in the database,
 * the worker that reads the file saves it too, and the page only shows it; else (localStorage,
 * or the worker could not save) the store saves it from the page as before.
 */
export async function openAsDraft(file: File, store: EditorStore): Promise<Opened> {
  const { storage, start, openSaved } = store.getState();
  const name = file.name.replace(/\.[^.]+$/, '');
  const at = Date.now();
  const save = isDraftDatabase(storage)
    ? { id: newDraftId(at, Math.random()), name, updatedAt: at, index: storage.getItem(INDEX) }
    : undefined;
  const { opened, written } = await openOffThread(file, save);
  if (!opened.ok) return opened;
  const snapshot = {
    story: opened.story,
    texts: opened.texts ?? {},
    translations: opened.translations,
  };
  if (save && written?.ok && isDraftDatabase(storage)) {
    storage.remember(written.values, written.keys);
    openSaved(newDraft(save.id, opened.name || name, snapshot, save.updatedAt));
  } else void start(opened.story, opened.name || name, opened.translations, opened.texts);
  return opened;
}
