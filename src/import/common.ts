import type { StoryFile } from '../data/schema';
import type { StoryIssue } from '../data/issues';

/**
 * An import either gives a story (which passes `validateStory`) or refuses the file; either
 * way `report` lists everything in the file that the story does not keep, one issue each.
 */
export type ImportResult =
  { ok: true; story: StoryFile; report: StoryIssue[] } | { ok: false; report: StoryIssue[] };

/** One date as TimelineJS gives it, every part as written (`''` when absent). */
export interface DateParts {
  year: string;
  month: string;
  day: string;
  /** `10:30`, or `''`: the story format keeps days, not times. */
  time: string;
  /** TimelineJS's own `display_date` for this date. */
  display: string;
}

/** The parts of a slide the report can point at, named by each reader in its own terms. */
export type SlideField =
  | 'headline'
  | 'text'
  | 'start'
  | 'end'
  | 'start.time'
  | 'end.time'
  | 'display'
  | 'group'
  | 'media'
  | 'media.credit'
  | 'media.caption'
  | 'media.thumbnail'
  | 'background';

/** A TimelineJS slide (title, event or era), read from JSON or a sheet row, not yet mapped. */
export interface Slide {
  /** Where it is in the input: `events[3]` or `row 5`. */
  where: string;
  /** How to name a field of it in the report: `events[3].media.url` or `row 5, Media`. */
  field: (name: SlideField) => string;
  uniqueId: string;
  /** HTML, as TimelineJS allows. */
  headline: string;
  /** HTML. */
  text: string;
  start: DateParts | undefined;
  end: DateParts | undefined;
  /** The slide's `display_date` / Display Date. */
  displayDate: string;
  group: string;
  media: { url: string; credit: string; caption: string; thumbnail: string } | undefined;
  /** A background image URL or colour, if any: the story format has none. */
  background: string;
}

/** A TimelineJS file read into slides, with what the reader could not make sense of. */
export interface Timeline {
  title: Slide | undefined;
  events: Slide[];
  eras: Slide[];
  report: StoryIssue[];
}

/** An own property of a parsed JSON object: inherited names such as `constructor` read as absent. */
export function own(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * A JSON scalar as text: strings as they are, finite numbers in decimal, null/absent as `''`.
 * Objects, arrays and booleans give `undefined` (String() on a parsed object could even throw).
 */
export function scalar(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A lower-case id from any text: `Rózsa Péter writes recursion` → `rozsa-peter-writes-recursion`. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .slice(0, 4 * maxLength)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug;
}

/** `base`, or `base-2`, `base-3`… whichever is not yet taken; records the one it returns. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Text cut to `max` characters at a word boundary, with an ellipsis, and whether it was cut. */
export function clip(text: string, max: number): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  // Never split a surrogate pair (an emoji, say) at the cut.
  const room = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = room.lastIndexOf(' ');
  const cut = (space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.-]+$/, '');
  return { text: `${cut}…`, clipped: true };
}

/** Whether text has a letter or digit: what the story format requires of a quote. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** The name of a file without folders or extension: `data/my-timeline.csv` → `my-timeline`. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]*$/, '') || name;
}

/** The years TimelineJS draws on its human scale; beyond them it switches to cosmological. */
const HUMAN_YEARS = [-271_820, 275_759] as const;

/** Whether TimelineJS would put a timeline with this start year on its cosmological scale. */
export function isCosmologicalYear(year: string): boolean {
  const y = year.trim() === '' ? NaN : Number(year);
  return Number.isFinite(y) && (y < HUMAN_YEARS[0] || y > HUMAN_YEARS[1]);
}

/** The refusal for a cosmological timeline, naming what put it there. */
export function cosmologicalRefusal(why: string): string {
  return `the timeline is on TimelineJS's cosmological scale (${why}); the story format has calendar dates from year 1 to 9999 only, so it cannot hold it`;
}
