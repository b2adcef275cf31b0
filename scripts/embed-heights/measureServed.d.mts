// Types for measureServed.mjs, so the TypeScript scripts (publish.ts) can import it.
import type { StartHeights } from '../../src/embed/startHeights';

export function measureServed(options: {
  root: string;
  queries: readonly string[];
  storyLang: string;
  checkFresh?: boolean;
}): Promise<StartHeights>;
