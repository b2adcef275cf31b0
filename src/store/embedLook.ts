// A newsroom's branding for an embed: one accent colour and a font family, the only things a
// URL may bring into the page's CSS. Both are checked here; nothing else from the URL is styled.
import { contrastRatio } from '../timeline/contrast';
import { t } from '../i18n/catalog';
import { q } from './urlParam';
import { type Theme } from './slices/ui';

/** `font=`: the whole embed in serif, in a neutral sans-serif, or in the reader's system font. */
export const FONTS = ['serif', 'sans', 'system'] as const;
export type Font = (typeof FONTS)[number];
export const isFont = (v: string): v is Font => (FONTS as readonly string[]).includes(v);

/** The page backgrounds an accent is drawn on, per theme (src/styles.css `--bg`). */
export const THEME_BG: Record<Exclude<Theme, 'auto'>, string> = {
  light: '#ffffff',
  dark: '#121212',
};

/** WCAG AA for text (links, the chosen event's date are accent-coloured text). */
export const ACCENT_MIN_CONTRAST = 4.5;

/** `0a58a8`, `#0a58a8` or `#0af` → `#0a58a8`; anything else null. */
export function parseHexColour(raw: string): string | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(raw.trim());
  if (!m?.[1]) return null;
  const h = m[1].toLowerCase();
  return `#${h.length === 3 ? [...h].map((c) => c + c).join('') : h}`;
}

/**
 * The lowest contrast of `hex` against the backgrounds the theme can show (both for `auto`),
 * and whether that reaches AA for text.
 */
export function accentContrast(hex: string, theme: Theme): { ratio: number; ok: boolean } {
  const bgs = theme === 'auto' ? [THEME_BG.light, THEME_BG.dark] : [THEME_BG[theme]];
  const ratio = Math.min(...bgs.map((bg) => contrastRatio(hex, bg)));
  return { ratio, ok: ratio >= ACCENT_MIN_CONTRAST };
}

/** The notice's words when `hex` is too faint on the theme's background, else null. */
export function accentContrastProblem(hex: string, theme: Theme): string | null {
  const { ratio, ok } = accentContrast(hex, theme);
  // Rounded down: 4.48 must not read as "4.5:1, needs 4.5:1".
  return ok
    ? null
    : t('url.accentContrast', {
        name: q(hex, 10),
        ratio: (Math.floor(ratio * 10) / 10).toFixed(1),
      });
}
