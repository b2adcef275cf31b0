/**
 * Every query-string parameter the timeline reads, in one table: what it holds, its default,
 * and where it belongs. `urlState.ts` parses and writes the view's parameters, the footer's
 * link to the full page drops what only a frame needs, and the build writes the lists that
 * `public/embed.js` and `public/boot.js` need into the files it ships (scripts/url-lists.ts),
 * so those scripts stay tiny without copies of their own.
 */
export interface UrlParam {
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
  /** Changes an embed's layout, so the build's measured opening heights do not apply. */
  layout?: boolean;
}

export const URL_PARAMS: readonly UrlParam[] = [
  {
    name: 'data',
    value: 'a story file on this site',
    default: 'the bundled story',
    scope: 'view',
    layout: true,
  },
  {
    name: 'lang',
    value: 'a language code: en de fr es pt ar zh ja, or one the story has',
    default: 'the story’s (embeds) or the browser’s',
    scope: 'view',
  },
  { name: 'event', value: 'an event id', default: 'none selected', scope: 'view', layout: true },
  { name: 'actors', value: 'actor ids, comma-separated', default: 'every actor', scope: 'view' },
  { name: 'from', value: 'YYYY-MM-DD, with to', default: 'the whole story', scope: 'view' },
  { name: 'to', value: 'YYYY-MM-DD, after from', default: 'the whole story', scope: 'view' },
  { name: 'scale', value: 'linear, breaks or sequence', default: 'the story’s own', scope: 'view' },
  { name: 'lanes', value: '1 or 0', default: '0', scope: 'view', layout: true },
  {
    name: 'theme',
    value: 'light, dark or auto',
    default: 'auto (light in an embed)',
    scope: 'view',
  },
  {
    name: 'step',
    value: 'a story step, from 1',
    default: 'no guided story',
    scope: 'view',
    layout: true,
  },
  { name: 'embed', value: '1 or 0', default: '0', scope: 'frame' },
  { name: 'transparent', value: '1 or 0', default: '0', scope: 'frame' },
  { name: 'bg', value: 'transparent (older links)', default: 'opaque', scope: 'frame' },
  {
    name: 'parts',
    value: 'timeline, details, chart, … comma-separated',
    default: 'the compact set',
    scope: 'frame',
    layout: true,
  },
  { name: 'height', value: 'a height in px', default: 'sized to content', scope: 'frame' },
  { name: 'plain', value: '1 or 0', default: '0', scope: 'frame', layout: true },
  { name: 'embedId', value: 'our embed script’s frame id', default: 'none', scope: 'host' },
  { name: 'childId', value: 'Pym.js frame id', default: 'none', scope: 'host' },
  { name: 'initialWidth', value: 'Pym.js', default: 'none', scope: 'host' },
  { name: 'parentTitle', value: 'Pym.js', default: 'none', scope: 'host' },
  { name: 'parentUrl', value: 'Pym.js', default: 'none', scope: 'host' },
  { name: 'dwId', value: 'Datawrapper-style frame id', default: 'none', scope: 'host' },
];

/** What only a frame needs, and the ids hosts add: kept out of the full page's link. */
export const FRAME_ONLY_PARAMS = URL_PARAMS.filter((p) => p.scope !== 'view').map((p) => p.name);

/** Parameters under which an embed's measured opening heights do not apply (embed.js). */
export const OWN_LAYOUT_PARAMS = URL_PARAMS.filter((p) => p.layout).map((p) => p.name);
