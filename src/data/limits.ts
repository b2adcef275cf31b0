// One set of limits for a story file, enforced by the app's loader (src/data/load.ts), by
// `npm run validate` (scripts/validate.ts) and quoted in docs/story-format.md, where
// tests/data/docs.test.ts checks the figures. Dates run from year 0001 to 9999: four digits,
// and parseDay refuses year 0000.

/**
 * Larger files are refused before they are parsed. A 100,000-event story is about 50 MB, and
 * parsing one costs about 0.2 s and 100 MB of memory; far past that a tab on a phone would
 * stall or crash, so a mistaken or hostile file stops here with a message instead.
 */
export const MAX_STORY_BYTES = 64 * 1024 * 1024;

const MB = 1048576;

/** `the story file is 83.0 MB; the limit is 64 MB`, or null within the limit. */
export function storySizeProblem(bytes: number): string | null {
  return bytes > MAX_STORY_BYTES
    ? `the story file is ${(bytes / MB).toFixed(1)} MB; the limit is ${MAX_STORY_BYTES / MB} MB`
    : null;
}
