import type { Story } from '../data/schema';
import type { StoryIssue } from '../data/issues';
import { parseStory } from '../data/validate';
import { importTimelineJs } from '../import/importText';
import { draftFromRaw } from './draftFromRaw';
import { isDraftFile, readDraftFile } from './draftFile';
import { splitTranslations, type Translations } from './translations';
import { resolveStory, storyLanguage } from '../data/localText';
import type { StoryFile } from '../data/schema';
import { words } from './words';

/** A file opened as a draft, with the lines to show about it (the CLI's own lines). */
export type Opened =
  | {
      ok: true;
      story: Story;
      translations: Translations;
      from: 'story' | 'timelinejs' | 'draft';
      report: StoryIssue[];
      /** A draft file's own name and its sources' texts. */
      name?: string;
      texts?: Record<string, string>;
    }
  | { ok: false; report: StoryIssue[] };

/** Our format names its actors; TimelineJS has slides and no actors. */
function looksLikeOurs(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && ('actors' in raw || 'groups' in raw);
}

/**
 * Opens a file's text as a draft: our JSON through the validator (a story with problems still
 * opens, with its problems listed, so they can be fixed here), a draft saved as a file as it
 * was, a TimelineJS JSON or CSV/TSV file through the same importer as `npm run import`.
 */
export function openStoryFile(text: string, file: string): Opened {
  if (/\.[ct]sv$/i.test(file)) return fromTimelineJs(text, file);
  const checked = parseStory(text, file);
  if (checked.ok)
    return { ok: true, ...splitTranslations(checked.data), from: 'story', report: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, report: checked.issues };
  }
  if (isDraftFile(raw)) {
    const draft = readDraftFile(raw);
    return draft
      ? { ok: true, ...draft, from: 'draft', report: [] }
      : { ok: false, report: [{ file, path: 'story', message: words.start.noStoryInFile }] };
  }
  if (!looksLikeOurs(raw)) return fromTimelineJs(text, file);
  // Texts in several languages are taken apart as in a valid file; the rest is patched.
  const asFile = raw as StoryFile;
  const { translations } = splitTranslations(asFile);
  const story = draftFromRaw(resolveStory(asFile, storyLanguage(asFile)));
  return story
    ? { ok: true, story, translations, from: 'story', report: checked.issues }
    : { ok: false, report: checked.issues };
}

function fromTimelineJs(text: string, file: string): Opened {
  const result = importTimelineJs(text, file);
  return result.ok
    ? {
        ok: true,
        ...splitTranslations(result.story),
        from: 'timelinejs',
        report: result.report,
      }
    : { ok: false, report: result.report };
}
