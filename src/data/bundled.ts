import type { StoryFile } from './schema';

/** Where the build puts the bundled story in the page (scripts/prerender.ts). */
export const BUNDLED_STORY_ID = 'bundled-story';

/**
 * The bundled story as the build inlined it: JSON in the page, data rather than code, so it
 * arrives with the HTML and costs the script nothing to parse as code. It was validated at
 * build time (vite.config.ts), so the first view neither ships nor runs the validator.
 */
export function inlineStory(doc: Document): StoryFile | null {
  const text = doc.getElementById(BUNDLED_STORY_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as StoryFile;
  } catch {
    return null;
  }
}

/** The bundled story where the page does not carry it (the dev server): a chunk of its own. */
export async function importBundledStory(): Promise<StoryFile> {
  return (await import('../../data/story.json')).default as unknown as StoryFile;
}
