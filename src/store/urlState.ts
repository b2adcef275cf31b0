import type { StoryIndex } from '../timeline/storyIndex';
import { PARAMS } from './urlParams';
import type { LooseBinding, UrlContext, WindowEnd } from './urlParam';
import type { TimelineData } from './types';
import { t } from '../i18n/catalog';
import { formatDay } from '../data/dateFormat';
import { readParam, writeParam, type UrlParam } from './urlParam';

/**
 * The state the link holds: the store fields the table (urlParams.ts) binds, each at its value
 * or its default. A field is added to the link by its parameter's entry in the table alone.
 */
export type UrlState = Partial<TimelineData>;

type BoundParam = Omit<UrlParam<unknown>, 'state'> & { state: LooseBinding | WindowEnd };
/** The table's parameters that hold a field, in the table's order. */
export const BOUND_PARAMS = (Object.values(PARAMS) as unknown as BoundParam[]).filter(
  (p) => p.state !== undefined,
);
const isWindowEnd = (b: LooseBinding | WindowEnd): b is WindowEnd => 'end' in b;

/** The fields' bindings: one per parameter, but `from` and `to`, which hold the window. */
export const FIELD_BINDINGS: readonly LooseBinding[] = BOUND_PARAMS.flatMap(({ state }) =>
  isWindowEnd(state) ? [] : [state],
);

/** Whether the page is an embed decides a default (its theme). */
const EMBED_FIELD: keyof TimelineData = 'embed';

const fallbackOf = (b: LooseBinding, context: UrlContext): unknown =>
  typeof b.fallback === 'function'
    ? (b.fallback as (c: UrlContext) => unknown)(context)
    : b.fallback;

/**
 * Reads the view from a query string, each parameter as the table says (urlParams.ts), into
 * the store fields it binds. Unknown parameters are ignored (hosts add their own); invalid
 * values fall back to the field's default and are named in `problems`.
 */
export function parseUrlState(
  search: string,
  index: StoryIndex,
): { state: UrlState; problems: string[] } {
  const p = new URLSearchParams(search);
  const problems: string[] = [];
  const values = new Map<string, unknown>();
  const ends: [number | null, number | null] = [null, null];
  for (const spec of BOUND_PARAMS) {
    const value = readParam(p, spec, index, problems);
    if (isWindowEnd(spec.state)) ends[spec.state.end] = value as number | null;
    // Several parameters may hold one field (`bg=transparent`, older, and `transparent=1`):
    // the first one given wins.
    else if (value !== null && !values.has(spec.state.field)) values.set(spec.state.field, value);
  }
  const embed = values.get(EMBED_FIELD) === true;
  const state: Record<string, unknown> = {};
  for (const b of FIELD_BINDINGS)
    state[b.field] = values.has(b.field) ? values.get(b.field) : fallbackOf(b, { embed, index });
  for (const b of FIELD_BINDINGS) {
    const value = values.get(b.field);
    const problem = b.check && value !== undefined ? b.check(value as never, state) : null;
    if (problem) {
      problems.push(problem);
      state[b.field] = fallbackOf(b, { embed, index });
    }
  }
  state.pendingDomain = windowOf(p, ends, problems);
  return { state: state as UrlState, problems };
}

/** A window needs both ends, in order. */
function windowOf(
  p: URLSearchParams,
  [from, to]: [number | null, number | null],
  problems: string[],
): [number, number] | null {
  if (from !== null && to !== null) {
    if (from < to) return [from, to];
    problems.push(
      t('url.fromTo', { from: p.get(PARAMS.from.name) ?? '', to: p.get(PARAMS.to.name) ?? '' }),
    );
  } else if (
    (p.has(PARAMS.from.name) || p.has(PARAMS.to.name)) &&
    !problems.includes(t('url.dates'))
  )
    problems.push(t('url.dates'));
  return null;
}

/**
 * Writes the state's link-held fields into a query string, keeping the host's own parameters.
 * A field at its default is left out; `domain` is the window to write (null: the whole story).
 */
export function writeUrlState(
  base: string,
  /** The story is part of it: some defaults are the story's own (its scale). */
  s: UrlState & { index: StoryIndex },
  domain: [number, number] | null,
): string {
  const p = new URLSearchParams(base);
  const fields = s as Partial<Record<string, unknown>>;
  for (const spec of BOUND_PARAMS) {
    const b = spec.state;
    if (isWindowEnd(b)) {
      writeParam(p, spec, domain ? domain[b.end] : null);
      continue;
    }
    if (b.legacy) continue;
    const value = fields[b.field];
    const fallback = fallbackOf(b, { embed: s.embed ?? false, index: s.index });
    writeParam(p, spec, value === undefined || value === fallback ? null : value);
  }
  const out = p.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}

/** "Showing 1 April – 30 June 2026" for a window. */
export const describeDomain = ([a, b]: [number, number]) => `${formatDay(a)} – ${formatDay(b)}`;
