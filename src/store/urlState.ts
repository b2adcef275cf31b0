import type { StoryIndex } from '../timeline/storyIndex';
import { formatDay } from '../data/dates';
import type { ScaleKind } from '../timeline/warp';
import type { Part } from './embedOptions';
import { PARAMS, readParam, writeParam, type UrlParam } from './urlParams';
import { defaultTheme } from './slices/ui';
import { accentContrastProblem, type Font } from './embedLook';
import type { Theme, TimelineData } from './types';
import { t } from '../i18n/catalog';

/** The parts of the view that live in the query string. */
export interface UrlState {
  activeActors: readonly string[] | null;
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
  parts: readonly Part[] | null;
  /** An embed laid out in exactly this many px (`height=`), or null to size to content. */
  fixedHeightPx: number | null;
  /** No title or footer (`plain=1`), as Datawrapper's flag. */
  plain: boolean;
  /** A newsroom's accent colour, `#rrggbb`, readable on the theme's background; null: ours. */
  accent: string | null;
  /** The embed's font family (`font=`); null: serif headlines, sans-serif text. */
  font: Font | null;
}

/**
 * Reads the view from a query string, each parameter as the table says (urlParams.ts).
 * Unknown parameters are ignored (hosts add their own); invalid values fall back to defaults
 * and are named in `problems`.
 */
export function parseUrlState(
  search: string,
  index: StoryIndex,
): { state: UrlState; problems: string[] } {
  const p = new URLSearchParams(search);
  const problems: string[] = [];
  const read = <T>(spec: UrlParam<T>) => readParam(p, spec, index, problems);
  const embed = read(PARAMS.embed) ?? false;
  const state: UrlState = {
    activeActors: read(PARAMS.actors),
    selectedId: read(PARAMS.event),
    domain: null,
    lanes: read(PARAMS.lanes) ?? false,
    theme: read(PARAMS.theme) ?? defaultTheme(embed),
    embed,
    // `bg=transparent` (older links) or `transparent=1`, as Datawrapper's flag.
    transparent: (read(PARAMS.bg) ?? false) || (read(PARAMS.transparent) ?? false),
    storyStep: read(PARAMS.step),
    scale: read(PARAMS.scale),
    parts: read(PARAMS.parts),
    fixedHeightPx: read(PARAMS.height),
    plain: read(PARAMS.plain) ?? false,
    accent: null,
    font: read(PARAMS.font),
  };
  // An accent colours text (links, dates): refused below AA's 4.5:1 on the theme's background.
  const accent = read(PARAMS.accent);
  const faint = accent === null ? null : accentContrastProblem(accent, state.theme);
  if (faint) problems.push(faint);
  else state.accent = accent;
  // A window needs both ends, in order.
  const from = read(PARAMS.from);
  const to = read(PARAMS.to);
  const given = p.has(PARAMS.from.name) || p.has(PARAMS.to.name);
  if (from !== null && to !== null) {
    if (from < to) state.domain = [from, to];
    else
      problems.push(
        t('url.fromTo', { from: p.get(PARAMS.from.name) ?? '', to: p.get(PARAMS.to.name) ?? '' }),
      );
  } else if (given && !problems.includes(t('url.dates'))) problems.push(t('url.dates'));
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
  writeParam(p, PARAMS.actors, s.activeActors);
  writeParam(p, PARAMS.event, s.selectedId);
  writeParam(p, PARAMS.from, domain ? domain[0] : null);
  writeParam(p, PARAMS.to, domain ? domain[1] : null);
  writeParam(p, PARAMS.scale, s.scale ?? null);
  writeParam(p, PARAMS.lanes, s.lanes);
  // Each mode's default theme stays out of the URL.
  writeParam(p, PARAMS.theme, s.theme === defaultTheme(s.embed) ? null : s.theme);
  writeParam(p, PARAMS.embed, s.embed);
  writeParam(p, PARAMS.bg, s.transparent);
  writeParam(p, PARAMS.step, s.storyStep ?? null);
  const out = p.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}

/** "Showing 1 April – 30 June 2026" for a window. */
export const describeDomain = ([a, b]: [number, number]) => `${formatDay(a)} – ${formatDay(b)}`;
