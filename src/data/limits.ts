// One set of limits for a story file, enforced by the app's loader (src/data/load.ts), by
// `npm run validate` (scripts/validate.ts) and quoted in docs/story-format.md, where
// tests/data/docs.test.ts checks the figures. Dates run from year 0001 to 9999: four digits,
// and parseDay refuses year 0000.
import type { StoryFile } from './schema';

/**
 * Larger files are refused before they are parsed. A 100,000-event story is about 50 MB, and
 * parsing one costs about 0.2 s and 100 MB of memory; far past that a tab on a phone would
 * stall or crash, so a mistaken or hostile file stops here with a message instead.
 */
export const MAX_STORY_BYTES = 64 * 1024 * 1024;

const MB = 1048576;
const bytesText = (n: number) => `${n.toLocaleString('en')} bytes`;

/** The limit in words: `67,108,864 bytes (64 MB)`. */
export const STORY_LIMIT_TEXT = `${bytesText(MAX_STORY_BYTES)} (${MAX_STORY_BYTES / MB} MB)`;

/**
 * `the story file is 87,031,808 bytes (83.0 MB); the limit is 67,108,864 bytes (64 MB)`, or
 * null within the limit. In bytes: one byte over would otherwise read "64.0 MB; the limit is
 * 64 MB", as if it were within.
 */
export function storySizeProblem(bytes: number): string | null {
  return bytes > MAX_STORY_BYTES
    ? `the story file is ${bytesText(bytes)} (${(bytes / MB).toFixed(1)} MB); the limit is ${STORY_LIMIT_TEXT}`
    : null;
}

/**
 * Each actor is a checkbox in the filter and, with lanes on, a lane of its own; each annotation
 * is a label and bracket redrawn on every zoom. The page draws them all, so their number is
 * bounded. Measured with `node scripts/bench/wide.mjs` at 1,000 events on a desktop
 * (docs/benchmarks.md): 200 more actors with lanes keep a zoom near 0.1 s and 6,000 DOM nodes,
 * where 2,000 took 2.6 s and 41,000 nodes; 2,000 annotations made a zoom take 0.6 s.
 */
export const MAX_ACTORS = 200;
export const MAX_ANNOTATIONS = 200;

/** A count over its limit, as a problem at the list's path. */
export function countProblems(story: StoryFile): { path: string; message: string; hint: string }[] {
  const out: { path: string; message: string; hint: string }[] = [];
  const check = (path: string, count: number, max: number, hint: string) => {
    if (count > max)
      out.push({
        path,
        message: `${count.toLocaleString('en')} ${path}; the limit is ${max.toLocaleString('en')}`,
        hint,
      });
  };
  check('actors', story.actors.length, MAX_ACTORS, 'name only the main actors, or split the story');
  check(
    'annotations',
    story.annotations?.length ?? 0,
    MAX_ANNOTATIONS,
    'keep the notes a reader needs, or split the story',
  );
  return out;
}
