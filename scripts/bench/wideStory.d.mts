// Types for wideStory.mjs, so TypeScript tests can import it.
import type { Story } from '../../src/data/schema';

/** A story of `events` (default 1,000) events with `actors` actors in all and `annotations` annotations. */
export function generateWideStory(
  size: { actors?: number; annotations?: number; events?: number },
  seed?: number,
): Story;
