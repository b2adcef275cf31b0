import type { Story, StoryFile } from './schema';
import { LANG_TAG_PATTERN } from './patterns';
import { isTimed } from './dateParse';

/*
 * A text we write may be a map of language to text (`{"en": "…", "de": "…"}`). The schema puts
 * such maps only where our own words go, and every other object in a story has keys that are
 * not language codes ("id", "source", "precision"…), so a plain object whose keys are all
 * language codes and whose values are all strings is a text in several languages. Quotes'
 * `translations` look the same but are not the text itself: they are kept as they are.
 */
const KEEP = 'translations';

type Json = unknown;

export function isLocalMap(value: Json): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // for…in, not Object.keys: this is asked of every object in a story, 100,000 events and all,
  // and an event's first key ("id") settles it without allocating a list of its keys.
  const map = value as Record<string, unknown>;
  let any = false;
  for (const k in map) {
    if (!Object.hasOwn(map, k) || !LANG_TAG_PATTERN.test(k) || typeof map[k] !== 'string')
      return false;
    any = true;
  }
  return any;
}

/** The story's own language: the default for readers and the fallback for every text. */
export const storyLanguage = (story: { language?: string | undefined }): string =>
  story.language ?? 'en';

/** The text in `lang`, else in the story's language, else the first one given. */
function pick(map: Record<string, string>, lang: string, fallback: string): string {
  return map[lang] ?? map[fallback] ?? Object.values(map)[0] ?? '';
}

/** Where a value sits: keys and indices from the story's root. */
export type Trail = (string | number)[];

/**
 * Calls `visit` on every text map, in file order, and returns the value with each map replaced
 * by what `visit` returns; parts without maps are returned as they are, not copied, so a large
 * single-language story costs one pass and no allocation. `trail` is where `value` sits, one
 * array pushed and popped, so no path is built unless `visit` asks for it.
 */
export function walk(
  value: Json,
  visit: (map: Record<string, string>, trail: Trail) => Json,
  trail: Trail,
): Json {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: Json[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v: Json = value[i];
      trail.push(i);
      const w = walk(v, visit, trail);
      trail.pop();
      if (w !== v) (out ??= [...(value as Json[])])[i] = w;
    }
    return out ?? value;
  }
  if (isLocalMap(value)) return visit(value, trail);
  const bag = value as Record<string, Json>;
  let out: Record<string, Json> | null = null;
  for (const k in bag) {
    if (k === KEEP || !Object.hasOwn(bag, k)) continue;
    const v = bag[k];
    trail.push(k);
    const w = walk(v, visit, trail);
    trail.pop();
    if (w !== v) (out ??= { ...bag })[k] = w;
  }
  return out ?? value;
}

/**
 * The story with every text in `lang` where the file gives it, else in the story's language:
 * what the components render. A story without maps comes back as it is.
 */
export function resolveStory(file: StoryFile, lang: string): Story {
  if (!textFacts(file).maps) return withClock(file as unknown as Story);
  const fallback = storyLanguage(file);
  return withClock(
    walk(
      file,
      // A date's `label` is our words with a date inside ("reported on or after 24 June 2026").
      // Where the file has none in the reader's language, the mark shows the date as Intl writes
      // it in that language ("vers juin 2026") rather than an English date among French ones;
      // the basis, in the details, still says how the date is known. (A story in one language
      // writes plain strings, which are kept: its labels are all it has.)
      (map, trail) =>
        trail.at(-2) === 'date' && trail.at(-1) === 'label' && !(lang in map)
          ? undefined
          : pick(map, lang, fallback),
      [],
    ) as Story,
  );
}

/**
 * Each date with a time of day carries the story's clock (`timeZone`, else UTC), so it is
 * written on that clock wherever it is shown. Stories without times come back as they are.
 */
function withClock(story: Story): Story {
  // A big story, drawn after the quick pass, is not walked for times it was found not to have.
  if (untimed.has(story)) return story;
  const zone = story.timeZone ?? 'UTC';
  let events: Story['events'] | null = null;
  story.events.forEach((e, i) => {
    if (!isTimed(e.date)) return;
    (events ??= [...story.events])[i] = { ...e, date: { ...e.date, zone } };
  });
  return events ? { ...story, events } : story;
}

/**
 * Stories known to hold no date with a time of day, as the quick pass found while reading
 * every date (quickCheck.ts): the pass over every event that would look for one is not made.
 */
const untimed = new WeakSet<object>();
export function knownUntimed(file: StoryFile): void {
  untimed.add(file);
}

/** What one walk learns of a story's texts; a loaded story is asked three times (validation,
 * the reader's language, resolving), so it is walked once. Stories are never changed in place. */
export interface TextFacts {
  languages: string[];
  /** Whether any text is a map of languages (a single-language story has none to resolve). */
  maps: boolean;
}
const factsOf = new WeakMap<StoryFile, TextFacts>();

export function textFacts(file: StoryFile): TextFacts {
  let facts = factsOf.get(file);
  if (!facts) {
    const langs = new Set([storyLanguage(file)]);
    let maps = false;
    walk(
      file,
      (map) => {
        maps = true;
        for (const k of Object.keys(map)) langs.add(k);
        return map;
      },
      [],
    );
    facts = { languages: [...langs], maps };
    factsOf.set(file, facts);
  }
  return facts;
}

/**
 * Records that a story holds no text in several languages, as the loader's generated check
 * found while reading every text (storyCheck.ts): the walk that would look for them, a pass
 * over every object of a 100,000-event story, is not made.
 */
export function knownSingleLanguage(file: StoryFile): void {
  factsOf.set(file, { languages: [storyLanguage(file)], maps: false });
}

/** Every language the story's texts are written in, its own first. */
export function storyLanguages(file: StoryFile): string[] {
  return [...textFacts(file).languages];
}
