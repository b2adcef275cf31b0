import type { StoryFile } from './schema';
import { storyLanguage, textFacts, walk, type Trail } from './localText';

/** `events[3].title`, as validation issues write paths. */
function formatTrail(trail: Trail): string {
  let out = '';
  for (const p of trail) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/**
 * Paths of texts given in several languages but not in the story's own: "events[3].title".
 * Apart from localText.ts, which the first view loads: only validation asks this.
 */
export function missingDefaultTexts(file: StoryFile): string[] {
  if (!textFacts(file).maps) return [];
  const lang = storyLanguage(file);
  const out: string[] = [];
  walk(
    file,
    (map, trail) => {
      if (!(lang in map)) out.push(formatTrail(trail));
      return map;
    },
    [],
  );
  return out;
}
