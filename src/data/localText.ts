import type { Story, StoryFile } from './schema';

/*
 * A text we write may be a map of language to text (`{"en": "…", "de": "…"}`). The schema puts
 * such maps only where our own words go, and every other object in a story has keys that are
 * not language codes ("id", "source", "precision"…), so a plain object whose keys are all
 * language codes and whose values are all strings is a text in several languages. Quotes'
 * `translations` look the same but are not the text itself: they are kept as they are.
 */
const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const KEEP = 'translations';

type Json = unknown;

export function isLocalMap(value: Json): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => TAG.test(k) && typeof v === 'string');
}

/** The story's own language: the default for readers and the fallback for every text. */
export const storyLanguage = (story: { language?: string | undefined }): string =>
  story.language ?? 'en';

/** The text in `lang`, else in the story's language, else the first one given. */
function pick(map: Record<string, string>, lang: string, fallback: string): string {
  return map[lang] ?? map[fallback] ?? Object.values(map)[0] ?? '';
}

/**
 * Calls `visit` on every text map, in file order, and returns the value with each map replaced
 * by what `visit` returns; parts without maps are returned as they are, not copied, so a large
 * single-language story costs one pass and no allocation.
 */
function walk(
  value: Json,
  visit: (map: Record<string, string>, path: string) => Json,
  path: string,
): Json {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: Json[] | null = null;
    value.forEach((v: Json, i) => {
      const w = walk(v, visit, `${path}[${i}]`);
      if (w !== v) (out ??= [...value])[i] = w;
    });
    return out ?? value;
  }
  if (isLocalMap(value)) return visit(value, path);
  let out: Record<string, Json> | null = null;
  for (const [k, v] of Object.entries(value)) {
    if (k === KEEP) continue;
    const w = walk(v, visit, path ? `${path}.${k}` : k);
    if (w !== v) (out ??= { ...value })[k] = w;
  }
  return out ?? value;
}

/**
 * The story with every text in `lang` where the file gives it, else in the story's language:
 * what the components render. A story without maps comes back as it is.
 */
export function resolveStory(file: StoryFile, lang: string): Story {
  const fallback = storyLanguage(file);
  return walk(file, (map) => pick(map, lang, fallback), '') as Story;
}

/** Every language the story's texts are written in, its own first. */
export function storyLanguages(file: StoryFile): string[] {
  const langs = new Set([storyLanguage(file)]);
  walk(file, (map) => Object.keys(map).forEach((k) => langs.add(k)), '');
  return [...langs];
}

/** Paths of texts given in several languages but not in the story's own: "events[3].title". */
export function missingDefaultTexts(file: StoryFile): string[] {
  const lang = storyLanguage(file);
  const out: string[] = [];
  walk(file, (map, path) => (lang in map ? undefined : out.push(path)), '');
  return out;
}
