// Writes the benchmark's input files into bench-results/data/ (served at /bench-data/):
// story-N.json (our format), vis-N.json ({items, groups}) and tl-N.json (TimelineJS JSON).
// `N` is an event count, or `bundled` for data/story.json.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateStory } from './generate.mjs';
import { toTimelineJS } from './timelinejsFormat.mjs';
import { toVisGroups, toVisItems } from './visFormat.mjs';

export const DATA_DIR = resolve('bench-results/data');
export const SEED = 20260624;

/** Writes the three files for one size (always afresh: generation is fast); returns their names. */
export async function writeDataset(size) {
  await mkdir(DATA_DIR, { recursive: true });
  const names = { story: `story-${size}.json`, vis: `vis-${size}.json`, tl: `tl-${size}.json` };
  const story =
    size === 'bundled'
      ? JSON.parse(await readFile('data/story.json', 'utf8'))
      : generateStory(size, SEED);
  const texts = {
    story: JSON.stringify(story),
    vis: JSON.stringify({ items: toVisItems(story), groups: toVisGroups(story) }),
    tl: JSON.stringify(toTimelineJS(story)),
  };
  const fileBytes = {};
  for (const [k, text] of Object.entries(texts)) {
    await writeFile(join(DATA_DIR, names[k]), text);
    fileBytes[names[k]] = Buffer.byteLength(text);
  }
  return { size, events: story.events.length, files: names, fileBytes };
}
