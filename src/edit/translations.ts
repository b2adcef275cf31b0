import { isLocalMap, resolveStory, storyLanguage } from '../data/localText';
import type { Story, StoryFile } from '../data/schema';
import { textSlots, type Segment, type TextSlot } from '../data/textSlots';

/**
 * The editor's forms hold the story in its own language; the other languages sit beside it,
 * each a map from a text's slot key (`events[#letter].title`, which survives reordering) to
 * its text. The file's maps are taken apart on opening and put back on download.
 */
export type Translations = Record<string, Record<string, string>>;

/** The story in its own language, and its texts in every other language. */
export function splitTranslations(file: StoryFile): { story: Story; translations: Translations } {
  const own = storyLanguage(file);
  const translations: Translations = {};
  for (const slot of textSlots(file)) {
    if (!isLocalMap(slot.value)) continue;
    for (const [lang, text] of Object.entries(slot.value))
      if (lang !== own) (translations[lang] ??= {})[slot.key] = text;
  }
  return { story: resolveStory(file, own), translations };
}

function setIn(value: unknown, path: Segment[], leaf: unknown): unknown {
  if (!path.length) return leaf;
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...(value as unknown[])];
    copy[head] = setIn(copy[head], rest, leaf);
    return copy;
  }
  const obj = value as Record<string, unknown>;
  return { ...obj, [head as string]: setIn(obj[head as string], rest, leaf) };
}

/** The translations of one slot that have words, by language (never the story's own). */
function translationsOf(slot: TextSlot, own: string, translations: Translations) {
  const out: Record<string, string> = {};
  for (const [lang, texts] of Object.entries(translations)) {
    const text = texts[slot.key];
    if (lang !== own && text?.trim()) out[lang] = text;
  }
  return out;
}

/**
 * The story file: each text that has translations becomes a map, the story's own language
 * first; texts without any stay plain strings, and translations of deleted items are dropped.
 */
export function joinTranslations(story: Story, translations: Translations): StoryFile {
  const own = storyLanguage(story);
  let file: unknown = story;
  for (const slot of textSlots(story)) {
    if (typeof slot.value !== 'string') continue;
    const more = translationsOf(slot, own, translations);
    if (Object.keys(more).length) file = setIn(file, slot.path, { [own]: slot.value, ...more });
  }
  return file as StoryFile;
}

/** The languages with translations, in the order they were added. */
export const translationLanguages = (story: Story, translations: Translations): string[] =>
  Object.keys(translations).filter((l) => l !== storyLanguage(story));

/** How many of the given texts (`textSlots` of the story) have a translation in `lang`. */
export function translatedCount(
  slots: readonly TextSlot[],
  translations: Translations,
  lang: string,
) {
  const texts = translations[lang] ?? {};
  return { done: slots.filter((s) => texts[s.key]?.trim()).length, total: slots.length };
}

/**
 * Translations follow an item whose id was changed: a slot key that is gone after an edit,
 * replaced at the same place by a key that did not exist before, is the same text renamed.
 */
export function carryTranslations(
  before: Story,
  after: Story,
  translations: Translations,
): Translations {
  if (!Object.keys(translations).length) return translations;
  const old = textSlots(before);
  const next = textSlots(after);
  const oldKeys = new Set(old.map((s) => s.key));
  const newKeys = new Set(next.map((s) => s.key));
  const byAt = new Map(next.map((s) => [s.at, s.key]));
  const moves = old
    .map((s) => [s.key, byAt.get(s.at)] as const)
    .filter(
      (m): m is readonly [string, string] =>
        m[1] !== undefined && m[0] !== m[1] && !newKeys.has(m[0]) && !oldKeys.has(m[1]),
    );
  if (!moves.length) return translations;
  const renamed = new Map(moves);
  const out: Translations = {};
  for (const [lang, texts] of Object.entries(translations))
    out[lang] = Object.fromEntries(
      Object.entries(texts).map(([key, text]) => [renamed.get(key) ?? key, text]),
    );
  return out;
}
