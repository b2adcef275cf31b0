import type { StoryIssue } from './issues';
import { STORY_KEYS } from './storyCheck';

/** Issues sorted as the file reads: top-level fields in schema order, then indices as numbers. */
export function inFileOrder(issues: StoryIssue[]): StoryIssue[] {
  const rank = (path: string) => {
    const i = STORY_KEYS.indexOf(/^[^.[]*/.exec(path)?.[0] ?? '');
    return i < 0 ? -1 : i;
  };
  // Array.prototype.sort is stable, so a schema error stays before a cross-check at one path.
  return issues.sort(
    (a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
}
