import type { StoryFile } from './schema';
import { isLocalMap, knownUntimed } from './localText';
import { hasTime } from './dateParse';
import {
  DAY_OR_TIME_PATTERN,
  DAY_PATTERN,
  DAY_TIME_PATTERN,
  MONTH_PATTERN,
  YEAR_PATTERN,
} from './patterns';

/*
 * A big story's first frame is drawn after this pass, while the full check (the generated one
 * from the schema, and the cross-checks) runs in a worker and reports (`fullCheck.ts`): the
 * page turns to the error page if it refuses the story. So this pass decides nothing about
 * validity; it makes sure that what the first frame reads has the types the drawing expects,
 * and that the value drawn is the one the full check would return. It says no (and the loader
 * takes the full check on the page, as for a small story) to anything it is unsure of:
 * - a text in several languages (the loader would resolve it: one walk saved for the others);
 * - a string with space at either end (the schema trims texts: the full check's value would
 *   then not be the one drawn);
 * - a time zone (it must be checked before any time is written on its clock).
 */

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const isString = (x: unknown): x is string => typeof x === 'string';

const isOptionalString = (x: unknown): boolean => x === undefined || typeof x === 'string';

/** A text as the schema returns it: a string, with no space at either end to trim. */
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim().length === x.length;

const isOptionalText = (x: unknown): boolean => x === undefined || isText(x);

/**
 * Whether a key could be a language tag (`en`, `pt-BR`, `zh-Hans`): two or three letters, then
 * the end or a hyphen. Read from its characters: most keys ("title", "kind") fail at once,
 * without a regular expression per object.
 */
const mayBeLanguage = (k: string): boolean => k.length <= 3 || k[2] === '-' || k[3] === '-';

/**
 * Every string trimmed, no text in several languages (a quote's translations are not one): for
 * the parts of a story the pass does not read field by field (figures, media, people…), which
 * most events do not have.
 */
export function plain(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length === value.length;
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!plain(value[i])) return false;
    return true;
  }
  const bag = value as Record<string, unknown>;
  let mayBeMap = true;
  for (const k in bag) {
    const v = bag[k];
    if (mayBeMap && !(mayBeLanguage(k) && typeof v === 'string')) mayBeMap = false;
    if (k === 'translations') {
      // A record of languages by design: its texts only need to be trimmed.
      if (!translated(v)) return false;
    } else if (!plain(v)) return false;
  }
  return !(mayBeMap && isLocalMap(value));
}

/** A quote's translations: a record of languages by design, each text trimmed. */
function translated(x: unknown): boolean {
  if (x === undefined) return true;
  if (!isObject(x)) return false;
  for (const lang in x) if (!isText(x[lang])) return false;
  return true;
}

const isOptionalPlain = (x: unknown): boolean => x === undefined || plain(x);

/** Whether the pass has met a time of day (it reads every date): reset by each pass. */
let metTime = false;

/** What a date's span and its mark's words are read from. */
function drawableDate(d: unknown): boolean {
  if (!isObject(d) || !isOptionalText(d.label) || !isOptionalText(d.basis)) return false;
  switch (d.precision) {
    case 'time':
      metTime = true;
      return isString(d.date) && DAY_TIME_PATTERN.test(d.date);
    case 'day':
      return isString(d.date) && DAY_PATTERN.test(d.date);
    case 'month':
      return isString(d.month) && MONTH_PATTERN.test(d.month);
    case 'year':
      return isString(d.year) && YEAR_PATTERN.test(d.year);
    case 'range':
      if (!isString(d.start) || !isString(d.end)) return false;
      if (hasTime(d.start) || hasTime(d.end)) metTime = true;
      return DAY_OR_TIME_PATTERN.test(d.start) && DAY_OR_TIME_PATTERN.test(d.end);
    case 'approximate':
      return (
        isString(d.start) && DAY_PATTERN.test(d.start) && isString(d.end) && DAY_PATTERN.test(d.end)
      );
    default:
      return false;
  }
}

function stringsOnly(list: unknown): boolean {
  if (!Array.isArray(list) || list.length === 0) return false;
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return false;
  return true;
}

/** What the index, the marks and the details read of an event; its texts as the check gives. */
function drawableEvent(e: unknown): boolean {
  if (!isObject(e)) return false;
  if (!isString(e.id) || !isText(e.title) || !isString(e.kind)) return false;
  if (!isText(e.summary) || !isText(e.attribution)) return false;
  if (!drawableDate(e.date) || !stringsOnly(e.actors)) return false;
  const { citations } = e;
  if (!Array.isArray(citations) || citations.length === 0) return false;
  for (let i = 0; i < citations.length; i++) {
    const c: unknown = citations[i];
    if (!isObject(c) || !isString(c.source) || !isText(c.quote)) return false;
    if (!translated(c.translations)) return false;
  }
  return (
    (e.disagreements === undefined || (Array.isArray(e.disagreements) && plain(e.disagreements))) &&
    (e.figures === undefined || (Array.isArray(e.figures) && plain(e.figures))) &&
    (e.media === undefined || (isObject(e.media) && plain(e.media)))
  );
}

function listOf(x: unknown, each: (item: Record<string, unknown>) => boolean): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const item: unknown = x[i];
    if (!isObject(item) || !each(item)) return false;
  }
  return true;
}

const isNullableText = (x: unknown): boolean => x === null || isText(x);

/**
 * Whether a parsed story can be drawn before its full check reports: see above. It throws
 * nothing (a value nested too deep to walk is a no). Having read every date, it records a
 * story with no time of day in any (`knownUntimed`): resolving it then makes no pass of its own.
 */
export function passesQuickCheck(raw: unknown): raw is StoryFile {
  metTime = false;
  try {
    if (!isObject(raw) || raw.timeZone !== undefined) return false;
    if (!isText(raw.title) || !isText(raw.dek) || !isText(raw.credit)) return false;
    if (!isOptionalString(raw.language) || !isOptionalString(raw.scale)) return false;
    if (!isOptionalString(raw.published) || !isOptionalString(raw.updated)) return false;
    if (!isOptionalPlain(raw.corrections)) return false;
    if (!listOf(raw.groups, (g) => isString(g.id) && isText(g.label) && isString(g.color)))
      return false;
    if (
      !listOf(
        raw.actors,
        (a) => isString(a.id) && isText(a.name) && isString(a.group) && isOptionalPlain(a.people),
      )
    )
      return false;
    if (
      !listOf(
        raw.sources,
        (s) =>
          isString(s.id) &&
          isText(s.description) &&
          isNullableText(s.outlet) &&
          isNullableText(s.title) &&
          // Read by the details' source cards: a date or a link in any other form is no.
          (s.date == null || isString(s.date)) &&
          (s.url == null || isString(s.url)),
      )
    )
      return false;
    if (
      raw.annotations !== undefined &&
      !listOf(raw.annotations, (a) => stringsOnly(a.events) && isText(a.text))
    )
      return false;
    if (
      raw.steps !== undefined &&
      !listOf(raw.steps, (s) => isString(s.event) && isText(s.caption))
    )
      return false;
    const { events } = raw;
    if (!Array.isArray(events)) return false;
    for (let i = 0; i < events.length; i++) if (!drawableEvent(events[i])) return false;
    if (!metTime) knownUntimed(raw as StoryFile);
    return true;
  } catch {
    return false;
  }
}
