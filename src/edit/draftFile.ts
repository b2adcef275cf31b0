import type { Story } from '../data/schema';
import { draftFromRaw } from './draftFromRaw';
import { isTextMap, translationsOf } from './drafts';
import type { Translations } from './translations';
import { words } from './words';

/**
 * A draft saved as a file, problems and all, so an unfinished story can leave the browser (a
 * colleague, another machine, a backup) and be opened here again. It is not a story file: it
 * says so at its top, with its number of problems, and keeps what a draft keeps beside the story
 * (the sources' texts for the quote check, the translations).
 */
export const DRAFT_FILE_MARK = 'storyEditorDraft';

export interface DraftFileParts {
  name: string;
  story: Story;
  texts: Record<string, string>;
  translations: Translations;
}

/** The file's text: a note for whoever opens it, then the draft. */
export function draftFileText(parts: DraftFileParts, problems: number, savedAt: Date): string {
  return `${JSON.stringify(
    {
      [DRAFT_FILE_MARK]: 1,
      note: words.draftFileNote(problems),
      problems,
      savedAt: savedAt.toISOString(),
      name: parts.name,
      story: parts.story,
      texts: parts.texts,
      translations: parts.translations,
    },
    null,
    2,
  )}\n`;
}

/** Whether a parsed file is a draft file (whatever state its draft is in). */
export const isDraftFile = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && DRAFT_FILE_MARK in raw;

/** A draft file's draft, patched as a stored draft is; undefined when it holds no story. */
export function readDraftFile(raw: Record<string, unknown>): DraftFileParts | undefined {
  const story = draftFromRaw(raw.story);
  if (!story) return undefined;
  return {
    name: typeof raw.name === 'string' ? raw.name : '',
    story,
    texts: isTextMap(raw.texts) ? raw.texts : {},
    translations: translationsOf(raw.translations),
  };
}
