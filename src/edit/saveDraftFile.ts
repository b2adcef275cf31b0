import { checkDraft } from './checks';
import { draftFileText } from './draftFile';
import type { EditorState } from './store';
import { downloadBlob, fileSlug } from '../export/download';
import { words } from './words';

/** Downloads the open draft as a draft file, problems and all (`draftFile.ts`). */
export function saveDraftFile(state: EditorState, now: Date = new Date()): void {
  const { story, texts, translations } = state.history.present;
  const problems = checkDraft(story, texts, translations).errors.length;
  const name = state.name || words.untitled;
  const text = draftFileText({ name, story, texts, translations }, problems, now);
  downloadBlob(new Blob([text], { type: 'application/json' }), `${fileSlug(name)}.draft.json`);
}
