import type { StoryIndex } from '../timeline/storyIndex';
import { t } from '../i18n/catalog';
import type { TimelineActions, TimelineData } from './types';
import { parseDay } from '../data/dateParse';

/** What the table says of a parameter, whatever its value's type (the docs, the build). */
export interface UrlParamInfo {
  name: string;
  /** What a valid value looks like. */
  value: string;
  /** What absence means. */
  default: string;
  /**
   * `view`: part of what a reader sees, kept in links and embed codes; `frame`: only an
   * embed's frame needs it (dropped from the full page's link); `host`: added by a host page's
   * script, read by our height messages and dropped likewise.
   */
  scope: 'view' | 'frame' | 'host';
  /** Copied as it is from the page's own URL into an embed's (not a state the view writes). */
  carried?: boolean;
  /** Changes an embed's layout, so the build's measured opening heights do not apply. */
  layout?: boolean;
  /**
   * Changes an embed's layout in a way the build measures: its value picks one of the tables
   * of opening heights (scripts/embed-heights.mjs), so embed.js reserves the right height.
   */
  measured?: boolean;
}

/**
 * A present value read: its meaning, and the notice's words when (part of) it is wrong. Both
 * can come together: `actors=a,zz` keeps `a` and names `zz`.
 */
export interface Parsed<T> {
  value?: T;
  problem?: string | undefined;
}

/** The store's fields a parameter whose values are `T` can hold. */
export type FieldFor<T> = {
  [F in keyof TimelineData]-?: [NonNullable<T>] extends [NonNullable<TimelineData[F]>] ? F : never;
}[keyof TimelineData];

/** The store's actions that take one value of field `F` and set it. */
type SetterFor<F extends keyof TimelineData> = {
  [A in keyof TimelineActions]-?: TimelineActions[A] extends (value: TimelineData[F]) => void
    ? A
    : never;
}[keyof TimelineActions];

/** What a link's value means where it does not say (the theme of an embed, the story's scale). */
export interface UrlContext {
  embed: boolean;
  index: StoryIndex;
}

/**
 * The store field a parameter holds: urlState reads the link into it and writes it back,
 * createStoreFromUrl opens the store with it, and urlSync watches it and applies it on Back.
 */
export type FieldBinding<T> = {
  [F in FieldFor<T>]: {
    field: F;
    /** The field's value when the link leaves the parameter out; a link leaves this value out. */
    fallback: TimelineData[F] | ((context: UrlContext) => TimelineData[F]);
    /**
     * For a field the reader changes on the page: the action that sets it on Back, and whether
     * a change is a choice Back returns from (`push`) or a view a gesture changes (`replace`).
     * Without it the field is fixed for the page's life (an embed's frame options).
     */
    live?: { apply: SetterFor<F>; history: 'push' | 'replace' };
    /** Read from older links, never written (another parameter writes the field). */
    legacy?: true;
    /**
     * A check against the other fields once all are read (an accent against the theme): its
     * problem goes to the notice and the field keeps its default.
     */
    check?: (value: NonNullable<T>, state: Partial<TimelineData>) => string | null;
  };
}[FieldFor<T>];

/** Any parameter's binding, as the code that walks the table sees it. */
export interface LooseBinding {
  field: keyof TimelineData;
  fallback: unknown;
  live?: { apply: keyof TimelineActions; history: 'push' | 'replace' };
  legacy?: true;
  check?: (value: never, state: Partial<TimelineData>) => string | null;
}

/** `from` and `to`: the two ends of the window, read and written together. */
export interface WindowEnd {
  field: 'pendingDomain';
  end: 0 | 1;
}

export interface UrlParam<T> extends UrlParamInfo {
  /** The state it holds, for parameters of the view and the frame (hosts' ids hold none). */
  state?: FieldBinding<NoInfer<T>> | WindowEnd;
  /**
   * Strict: anything but the documented values is a problem, never a guess. Ids are checked
   * against the story, when there is one yet (main.tsx reads `embed` and `lang` before).
   */
  parse: (raw: string, index?: StoryIndex) => Parsed<T>;
  /** The value as the link writes it; null leaves the parameter out (its default). */
  format: (value: T) => string | null;
}

/** What reading and writing a value needs of a parameter. */
type ParamCodec<T> = Pick<UrlParam<T>, 'name' | 'scope' | 'parse' | 'format'>;

/** A value from the link as the reader's language quotes it, cut so a long one cannot flood. */
export const q = (raw: string, max: number) => t('url.quote', { name: raw.slice(0, max) });

/** A switch: `on` is true, `off` false, anything else is named. */
export function flag(
  name: string,
  on = '1',
  off = on,
): Pick<UrlParam<boolean>, 'parse' | 'format'> {
  return {
    parse: (raw) =>
      raw === on || raw === off
        ? { value: raw === on }
        : { problem: t('url.switch', { key: name, name: q(raw, 20), on }) },
    format: (v) => (v ? on : null),
  };
}

export const text = (): Pick<UrlParam<string>, 'parse' | 'format'> => ({
  parse: (raw) => (raw ? { value: raw } : {}),
  format: (v) => v || null,
});

export const day = (): Pick<UrlParam<number>, 'parse' | 'format'> => ({
  parse: (raw) => {
    const ms = parseDay(raw);
    return Number.isNaN(ms) ? { problem: t('url.dates') } : { value: ms };
  },
  // To the nearest minute first: a window that went through a scale and back ends a hair early.
  format: (ms) => new Date(Math.round(ms / 60_000) * 60_000).toISOString().slice(0, 10),
});

/** Types one entry (each keeps its own value type in PARAMS). */
export const param = <T>(p: UrlParam<T>): UrlParam<T> => p;

/**
 * The parameter's value from `params`, or null when absent or wrong (its problem, if any, goes
 * to `problems`). A host's id is its last value: pym.Parent appends its own after any the embed
 * URL already carried.
 */
export function readParam<T>(
  params: URLSearchParams,
  spec: ParamCodec<T>,
  index?: StoryIndex,
  problems?: string[],
): T | null {
  const raw = spec.scope === 'host' ? params.getAll(spec.name).at(-1) : params.get(spec.name);
  if (raw === null || raw === undefined) return null;
  const { value, problem } = spec.parse(raw, index);
  if (problem && problems && !problems.includes(problem)) problems.push(problem);
  return value === undefined ? null : value;
}

/** Sets the parameter to the value as the table writes it, or removes it for null/default. */
export function writeParam<T>(params: URLSearchParams, spec: ParamCodec<T>, value: T | null): void {
  const raw = value === null ? null : spec.format(value);
  if (raw === null) params.delete(spec.name);
  else params.set(spec.name, raw);
}
