import type { Story } from '../data/schema';
import type { StoryIssue } from '../data/issues';
import { parseStory } from '../data/validate';
import { importTimelineJs } from '../data/import/importText';
import { draftFromRaw } from './draftFromRaw';
import { editableStory } from './editableStory';

/** A file opened as a draft, with the lines to show about it (the CLI's own lines). */
export type Opened =
  | { ok: true; story: Story; from: 'story' | 'timelinejs'; report: StoryIssue[] }
  | { ok: false; report: StoryIssue[] };

/** Our format names its actors; TimelineJS has slides and no actors. */
function looksLikeOurs(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && ('actors' in raw || 'groups' in raw);
}

/**
 * Opens a file's text as a draft: our JSON through the validator (a story with problems still
 * opens, with its problems listed, so they can be fixed here), a TimelineJS JSON or CSV/TSV
 * file through the same importer as `npm run import`.
 */
export function openStoryFile(text: string, file: string): Opened {
  if (/\.[ct]sv$/i.test(file)) return fromTimelineJs(text, file);
  const checked = parseStory(text, file);
  if (checked.ok) {
    const { story, report } = editableStory(checked.data, file);
    return { ok: true, story, from: 'story', report };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, report: checked.issues };
  }
  if (!looksLikeOurs(raw)) return fromTimelineJs(text, file);
  const story = draftFromRaw(raw);
  return story
    ? { ok: true, story, from: 'story', report: checked.issues }
    : { ok: false, report: checked.issues };
}

function fromTimelineJs(text: string, file: string): Opened {
  const result = importTimelineJs(text, file);
  return result.ok
    ? {
        ok: true,
        story: editableStory(result.story, file).story,
        from: 'timelinejs',
        report: result.report,
      }
    : { ok: false, report: result.report };
}
