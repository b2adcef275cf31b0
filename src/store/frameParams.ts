// The parameters only a frame needs (the embed flag, its background, parts and height), part of
// the table in urlParams.ts: the Embed dialog writes them, the full page's link drops them.
import { t } from '../i18n/catalog';
import { DEFAULT_EMBED_PARTS, parseFixedHeight, parseParts, type Part } from './embedOptions';
import { accentContrastProblem, FONTS, isFont, parseHexColour, type Font } from './embedLook';
import { flag, param, q, type Parsed } from './urlParam';

export const FRAME_PARAMS = {
  embed: param({
    name: 'embed',
    value: '1 or 0',
    default: '0',
    scope: 'frame',
    state: { field: 'embed', fallback: false },
    ...flag('embed', '1', '0'),
  }),
  transparent: param({
    name: 'transparent',
    value: '1 or 0',
    default: '0',
    scope: 'frame',
    state: { field: 'transparent', fallback: false, legacy: true },
    ...flag('transparent', '1', '0'),
  }),
  bg: param({
    name: 'bg',
    value: 'transparent (older links)',
    default: 'opaque',
    scope: 'frame',
    state: { field: 'transparent', fallback: false },
    ...flag('bg', 'transparent'),
  }),
  parts: param<readonly Part[]>({
    name: 'parts',
    value: 'timeline, details, chart, … comma-separated',
    default: 'the compact set',
    scope: 'frame',
    layout: true,
    state: { field: 'parts', fallback: null },
    measured: true,
    parse: (raw): Parsed<readonly Part[]> => {
      const { parts, unknown } = parseParts(raw);
      return {
        ...(parts.length ? { value: parts } : {}),
        ...(unknown.length
          ? { problem: t('url.part', { names: unknown.map((u) => q(u, 20)).join(', ') }) }
          : {}),
      };
    },
    format: (parts: readonly Part[]) =>
      parts.length === DEFAULT_EMBED_PARTS.length &&
      parts.every((p, i) => p === DEFAULT_EMBED_PARTS[i])
        ? null
        : parts.join(','),
  }),
  height: param<number>({
    name: 'height',
    value: 'a height in px, from 360',
    default: 'sized to content',
    scope: 'frame',
    state: { field: 'fixedHeightPx', fallback: null },
    parse: (raw): Parsed<number> => {
      const px = parseFixedHeight(raw);
      return px === null ? { problem: t('url.height', { name: q(raw, 10) }) } : { value: px };
    },
    format: (px) => String(px),
  }),
  plain: param({
    name: 'plain',
    value: '1 or 0',
    default: '0',
    scope: 'frame',
    layout: true,
    state: { field: 'plain', fallback: false },
    measured: true,
    ...flag('plain', '1', '0'),
  }),
  // Branding: the only values from the URL that reach the page's CSS, each checked here (the
  // accent's contrast against the theme's background in urlState.ts, where the theme is known).
  accent: param<string>({
    name: 'accent',
    value: 'a hex colour, e.g. 0a58a8 (contrast at least 4.5:1 on the theme’s background)',
    default: 'the theme’s blue',
    scope: 'frame',
    // An accent colours text (links, dates): refused below AA's 4.5:1 on the theme's background.
    state: {
      field: 'accent',
      fallback: null,
      check: (hex, s) => accentContrastProblem(hex, s.theme ?? 'auto'),
    },
    parse: (raw): Parsed<string> => {
      const hex = parseHexColour(raw);
      return hex ? { value: hex } : { problem: t('url.accent', { name: q(raw, 20) }) };
    },
    format: (hex) => hex.replace(/^#/, ''),
  }),
  font: param<Font>({
    name: 'font',
    value: FONTS.join(', '),
    default: 'serif headlines, sans-serif text',
    scope: 'frame',
    layout: true,
    state: { field: 'font', fallback: null },
    measured: true,
    parse: (raw): Parsed<Font> =>
      isFont(raw) ? { value: raw } : { problem: t('url.font', { name: q(raw, 20) }) },
    format: (f) => f,
  }),
};
