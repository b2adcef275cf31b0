import type { StoryIssue } from '../data/issues';
import { resolveStory, storyLanguage, storyLanguages } from '../data/localText';
import type { Story, StoryFile } from '../data/schema';

/**
 * The story as the editor's forms hold it: every text in the story's own language. The editor
 * does not yet edit texts in other languages, so a file that has them says, in the open
 * report, that a download will not carry them.
 */
export function editableStory(
  file: StoryFile,
  name: string,
): { story: Story; report: StoryIssue[] } {
  const own = storyLanguage(file);
  const others = storyLanguages(file).filter((l) => l !== own);
  const report: StoryIssue[] = others.length
    ? [
        {
          file: name,
          path: 'language',
          message: `texts in ${others.join(', ')} are shown here in ${own} only`,
          hint: 'the editor edits one language; a downloaded file keeps only this one, so keep the original for its translations',
        },
      ]
    : [];
  return { story: resolveStory(file, own), report };
}
