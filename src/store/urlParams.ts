/**
 * Every query-string parameter the timeline reads, in one table: what it holds, its default,
 * where it belongs, how a value is read (with the notice's words for a bad one) and written.
 * `urlState.ts` reads and writes the view through it, the height messages read the hosts' ids
 * through it, the Embed dialog and the footer's link to the full page keep or drop by its
 * scopes, and the build writes the lists `public/embed.js` and `public/boot.js` need into the
 * files it ships (scripts/url-lists.ts), so those scripts stay tiny without copies of their own.
 */
import { isScaleKind, type ScaleKind } from '../timeline/warp';
import { t } from '../i18n/catalog';
import { defaultTheme, type Theme } from './slices/ui';
import { defaultScaleKind } from './slices/view';
import { FRAME_PARAMS } from './frameParams';
import { HOST_PARAMS } from './hostParams';
import { day, flag, param, q, readParam, text, type Parsed, type UrlParamInfo } from './urlParam';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export const PARAMS = {
  data: param({
    name: 'data',
    value: 'a story file on this site',
    default: 'the bundled story',
    scope: 'view',
    carried: true,
    layout: true,
    ...text(),
  }),
  // Which codes exist is known only with the story: chooseLanguage names an unknown one.
  lang: param({
    name: 'lang',
    value: 'a language code: en de fr es pt ar zh ja, or one the story has',
    default: 'the story’s (embeds) or the browser’s',
    scope: 'view',
    carried: true,
    measured: true,
    ...text(),
  }),
  event: param<string>({
    name: 'event',
    value: 'an event id',
    default: 'none selected',
    scope: 'view',
    layout: true,
    state: { field: 'selectedId', fallback: null, live: { apply: 'selectEvent', history: 'push' } },
    parse: (raw, index) =>
      !index
        ? {}
        : index.eventById.has(raw)
          ? { value: raw }
          : { problem: t('url.unknownEvent', { name: q(raw, 40) }) },
    format: (id) => id,
  }),
  actors: param<readonly string[] | null>({
    name: 'actors',
    value: 'actor ids, comma-separated',
    default: 'every actor',
    scope: 'view',
    state: {
      field: 'activeActors',
      fallback: null,
      live: { apply: 'setActiveActors', history: 'replace' },
    },
    // null is every actor; [] none (an empty list); unknown ids are named, known ones kept.
    parse: (raw, index): Parsed<readonly string[] | null> => {
      if (!index) return {};
      const ids = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = ids.filter((id) => !index.actorById.has(id));
      const known = index.story.actors.map((a) => a.id).filter((id) => ids.includes(id));
      const problem = unknown.length
        ? t('url.unknownActor', { names: unknown.map((u) => q(u, 40)).join(', ') })
        : undefined;
      if (known.length)
        return { value: known.length === index.story.actors.length ? null : known, problem };
      return ids.length === 0 ? { value: [] } : { problem };
    },
    format: (ids) => (ids ? ids.join(',') : null),
  }),
  from: param({
    name: 'from',
    value: 'YYYY-MM-DD, with to',
    default: 'the whole story',
    scope: 'view',
    state: { field: 'pendingDomain', end: 0 },
    ...day(),
  }),
  to: param({
    name: 'to',
    value: 'YYYY-MM-DD, after from',
    default: 'the whole story',
    scope: 'view',
    state: { field: 'pendingDomain', end: 1 },
    ...day(),
  }),
  scale: param<ScaleKind>({
    name: 'scale',
    value: 'linear, breaks or sequence',
    default: 'the story’s own',
    scope: 'view',
    state: {
      field: 'scaleKind',
      fallback: ({ index }) => defaultScaleKind(index),
      live: { apply: 'setScaleKind', history: 'replace' },
    },
    parse: (raw): Parsed<ScaleKind> =>
      isScaleKind(raw) ? { value: raw } : { problem: t('url.scale', { name: q(raw, 20) }) },
    format: (k) => k,
  }),
  lanes: param({
    name: 'lanes',
    value: '1 or 0',
    default: '0',
    scope: 'view',
    layout: true,
    state: { field: 'lanes', fallback: false, live: { apply: 'setLanes', history: 'replace' } },
    ...flag('lanes', '1', '0'),
  }),
  theme: param<Theme>({
    name: 'theme',
    value: 'light, dark or auto',
    default: 'auto (light in an embed)',
    scope: 'view',
    // Each mode's own theme stays out of the link.
    state: {
      field: 'theme',
      fallback: ({ embed }) => defaultTheme(embed),
      live: { apply: 'setTheme', history: 'replace' },
    },
    parse: (raw): Parsed<Theme> =>
      (THEMES as readonly string[]).includes(raw)
        ? { value: raw as Theme }
        : { problem: t('url.theme', { name: q(raw, 20) }) },
    format: (v) => v,
  }),
  step: param<number>({
    name: 'step',
    value: 'a story step, from 1',
    default: 'no guided story',
    scope: 'view',
    layout: true,
    state: { field: 'storyStep', fallback: null, live: { apply: 'goToStep', history: 'push' } },
    // 0-based in the state. Digits only: Number() would also take '1e0', '0x2', ' 2' and '2.0'.
    parse: (raw, index): Parsed<number> => {
      const n = /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 0;
      const count = index?.story.steps?.length ?? 0;
      return n >= 1 && n <= count
        ? { value: n - 1 }
        : { problem: t('url.step', { name: q(raw, 10), n: count }) };
    },
    format: (i) => String(i + 1),
  }),
  ...FRAME_PARAMS,
  ...HOST_PARAMS,
} as const;

export const URL_PARAMS: readonly UrlParamInfo[] = Object.values(PARAMS);

/** What only a frame needs, and the ids hosts add: kept out of the full page's link. */
export const FRAME_ONLY_PARAMS = URL_PARAMS.filter((p) => p.scope !== 'view').map((p) => p.name);

/** Taken from the page's URL into an embed's as they are (the story file, the language). */
export const CARRIED_PARAMS = URL_PARAMS.filter((p) => p.carried).map((p) => p.name);

/** True when the page was opened as an embed (`?embed=1`). */
export const isEmbedded = (params: URLSearchParams): boolean =>
  readParam(params, PARAMS.embed) === true;

/** Parameters under which an embed's measured opening heights do not apply (embed.js). */
export const OWN_LAYOUT_PARAMS = URL_PARAMS.filter((p) => p.layout && !p.measured).map(
  (p) => p.name,
);

/** Parameters whose values pick one of the build's tables of opening heights, sorted. */
export const MEASURED_PARAMS = URL_PARAMS.filter((p) => p.measured)
  .map((p) => p.name)
  .sort();
