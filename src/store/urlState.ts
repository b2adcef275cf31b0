import type { StoryIndex } from '../timeline/storyIndex';
import { formatDay, parseDay } from '../data/dates';
import { isScaleKind, type ScaleKind } from '../timeline/warp';
import { parseFixedHeight, parseParts, type Part } from './embedOptions';
import { defaultTheme } from './slices/ui';
import type { Theme, TimelineData } from './types';
import { t } from '../i18n/catalog';

/** A value from the link as the reader's language quotes it. */
const q = (name: string) => t('url.quote', { name });

/** The parts of the view that live in the query string. */
export interface UrlState {
  activeActors: string[] | null;
  selectedId: string | null;
  domain: [number, number] | null;
  lanes: boolean;
  theme: Theme;
  embed: boolean;
  transparent: boolean;
  /** The guided story's step, 0-based (the URL's `step` counts from 1). */
  storyStep: number | null;
  /** The time scale; null leaves the story's own. */
  scale: ScaleKind | null;
  /** An embed's parts in the order given (`parts=`); null shows the compact default. */
  parts: Part[] | null;
  /** An embed laid out in exactly this many px (`height=`), or null to size to content. */
  fixedHeightPx: number | null;
  /** No title or footer (`plain=1`), as Datawrapper's flag. */
  plain: boolean;
}

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
// To the nearest minute first: a window that went through a scale and back may end a hair early.
const iso = (ms: number) => new Date(Math.round(ms / 60_000) * 60_000).toISOString().slice(0, 10);

/**
 * Reads the view from a query string. Unknown parameters are ignored (hosts add their own);
 * invalid values fall back to defaults and are named in `problems`.
 */
export function parseUrlState(
  search: string,
  index: StoryIndex,
): { state: UrlState; problems: string[] } {
  const p = new URLSearchParams(search);
  const problems: string[] = [];
  /** A switch: true for `on`; `off` or absent is false; any other value is named. */
  const flag = (name: string, on: string, off = on) => {
    const v = p.get(name);
    if (v !== null && v !== on && v !== off)
      problems.push(t('url.switch', { key: name, name: q(v.slice(0, 20)), on }));
    return v === on;
  };
  const state: UrlState = {
    activeActors: null,
    selectedId: null,
    domain: null,
    lanes: flag('lanes', '1', '0'),
    theme: defaultTheme(p.get('embed') === '1'),
    embed: flag('embed', '1', '0'),
    // `bg=transparent` (older links) or `transparent=1`, as Datawrapper's flag.
    transparent: flag('bg', 'transparent') || flag('transparent', '1', '0'),
    storyStep: null,
    scale: null,
    parts: null,
    fixedHeightPx: null,
    plain: flag('plain', '1', '0'),
  };
  const actors = p.get('actors');
  if (actors !== null) {
    const ids = actors
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = ids.filter((id) => !index.actorById.has(id));
    const known = index.story.actors.map((a) => a.id).filter((id) => ids.includes(id));
    if (unknown.length)
      problems.push(
        t('url.unknownActor', { names: unknown.map((u) => q(u.slice(0, 40))).join(', ') }),
      );
    if (known.length)
      state.activeActors = known.length === index.story.actors.length ? null : known;
    else if (ids.length === 0) state.activeActors = [];
  }
  const event = p.get('event');
  if (event !== null) {
    if (index.eventById.has(event)) state.selectedId = event;
    else problems.push(t('url.unknownEvent', { name: q(event.slice(0, 40)) }));
  }
  const from = p.get('from');
  const to = p.get('to');
  if (from !== null || to !== null) {
    const a = from === null ? NaN : parseDay(from);
    const b = to === null ? NaN : parseDay(to);
    if (Number.isNaN(a) || Number.isNaN(b)) problems.push(t('url.dates'));
    else if (a >= b) problems.push(t('url.fromTo', { from: from ?? '', to: to ?? '' }));
    else state.domain = [a, b];
  }
  const step = p.get('step');
  if (step !== null) {
    // Digits only: Number() would also take '1e0', '0x2', ' 2' and '2.0'.
    const n = /^[1-9]\d{0,5}$/.test(step) ? Number(step) : 0;
    const count = index.story.steps?.length ?? 0;
    if (n >= 1 && n <= count) state.storyStep = n - 1;
    else problems.push(t('url.step', { name: q(step.slice(0, 10)), n: count }));
  }
  const scale = p.get('scale');
  if (scale !== null) {
    if (isScaleKind(scale)) state.scale = scale;
    else problems.push(t('url.scale', { name: q(scale.slice(0, 20)) }));
  }
  const theme = p.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) state.theme = theme as Theme;
    else problems.push(t('url.theme', { name: q(theme.slice(0, 20)) }));
  }
  const parts = p.get('parts');
  if (parts !== null) {
    const { parts: known, unknown } = parseParts(parts);
    if (unknown.length)
      problems.push(t('url.part', { names: unknown.map((u) => q(u.slice(0, 20))).join(', ') }));
    if (known.length) state.parts = known;
  }
  const height = p.get('height');
  if (height !== null) {
    state.fixedHeightPx = parseFixedHeight(height);
    if (state.fixedHeightPx === null)
      problems.push(t('url.height', { name: q(height.slice(0, 10)) }));
  }
  return { state, problems };
}

/** Writes the view into a query string, keeping the host's own parameters. */
export function writeUrlState(
  base: string,
  s: Pick<
    TimelineData,
    'activeActors' | 'selectedId' | 'lanes' | 'theme' | 'embed' | 'transparent'
  > & {
    storyStep?: number | null;
    /** Written only when it is not the story's own. */
    scale?: ScaleKind | null;
  },
  domain: [number, number] | null,
): string {
  const p = new URLSearchParams(base);
  const put = (k: string, v: string | null) => (v === null ? p.delete(k) : p.set(k, v));
  put('actors', s.activeActors ? s.activeActors.join(',') : null);
  put('event', s.selectedId);
  put('from', domain ? iso(domain[0]) : null);
  put('to', domain ? iso(domain[1]) : null);
  put('scale', s.scale ?? null);
  put('lanes', s.lanes ? '1' : null);
  // Each mode's default theme stays out of the URL.
  put('theme', s.theme === defaultTheme(s.embed) ? null : s.theme);
  put('embed', s.embed ? '1' : null);
  put('bg', s.transparent ? 'transparent' : null);
  put('step', s.storyStep === null || s.storyStep === undefined ? null : String(s.storyStep + 1));
  const out = p.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}

/** "Showing 1 April – 30 June 2026" for a window. */
export const describeDomain = ([a, b]: [number, number]) => `${formatDay(a)} – ${formatDay(b)}`;
