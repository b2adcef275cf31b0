import type { StoryFile } from './schema';
import type { LoadResult } from './issues';
import { crossCheck } from './crossCheck';
import { inFileOrder } from './issueOrder';
import { checkStory, hadNoTextMaps, REFUSED } from './storyCheck';
import { knownSingleLanguage } from './localText';

/**
 * The verdict on a story the schema's generated check accepts (storyCheck.ts), with the
 * checks a schema cannot make; null when that check refuses it, for zod to say why
 * (`validateStory`, validate.ts). zod is not loaded for a valid story: the loader asks this
 * first. A value the generated check accepts has no `"__proto__"` key.
 */
export function validateFast(raw: unknown, file: string): LoadResult<StoryFile> | null {
  const story = checkStory(raw);
  if (story === REFUSED) return null;
  if (hadNoTextMaps()) knownSingleLanguage(story as StoryFile);
  const issues = crossCheck(file, story as StoryFile);
  return issues.length
    ? { ok: false, issues: inFileOrder(issues) }
    : { ok: true, data: story as StoryFile };
}
