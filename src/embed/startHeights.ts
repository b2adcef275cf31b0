/**
 * The build's measured opening heights of an embed (scripts/embed-heights.mjs writes them into
 * dist/embed-heights.json and dist/embed.js), and how a view URL and a column width pick one.
 * public/embed.js keeps a copy of `heightKey` and `startHeightPx` (it has no build step); the
 * Embed dialog uses `tallestPx` for the plain iframe's height.
 */
import { MEASURED_PARAMS, OWN_LAYOUT_PARAMS } from '../store/urlParams';

/** `[column width from which it applies, height]`, widths ascending; the first row also applies below its width. */
export type HeightSteps = readonly (readonly [number, number])[];

export interface StartHeights {
  /** The bundled story's language: `lang=` with it is the default. */
  lang: string;
  /** By `heightKey`: "" is the default embed, then e.g. "lang=de&plain=1". */
  heights: Readonly<Record<string, HeightSteps>>;
}

/** The narrowest and widest article columns an embed is measured and promised for. */
export const COLUMN_RANGE_PX = [320, 1280] as const;

export function isStartHeights(v: unknown): v is StartHeights {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (typeof o.lang !== 'string' || typeof o.heights !== 'object' || o.heights === null)
    return false;
  return Object.values(o.heights).every(
    (steps) =>
      Array.isArray(steps) &&
      steps.length > 0 &&
      steps.every(
        (r) =>
          Array.isArray(r) && r.length === 2 && r.every((n) => typeof n === 'number' && n >= 0),
      ),
  );
}

/**
 * Which table a view URL's layout is measured in: its measured parameters (`lang`, `parts`,
 * `plain`, …) other than their defaults, sorted, as `name=value&…`; null when it has a
 * parameter whose layout the build does not measure (`event`, `step`, `data`, `lanes`).
 */
export function heightKey(params: URLSearchParams, storyLang: string): string | null {
  if (OWN_LAYOUT_PARAMS.some((name) => params.has(name))) return null;
  const pairs: string[] = [];
  for (const name of MEASURED_PARAMS) {
    const v = params.get(name);
    if (!v || (name === 'lang' && v === storyLang) || (name === 'plain' && v === '0')) continue;
    pairs.push(`${name}=${v}`);
  }
  return pairs.join('&');
}

/** The height of `steps` at a column `widthPx` wide. */
export function heightAt(steps: HeightSteps, widthPx: number): number {
  let h = steps[0]?.[1] ?? 0;
  for (const [w, px] of steps) if (w <= widthPx) h = px;
  return h;
}

/** The measured opening height for a view in a column, or null when it was not measured. */
export function startHeightPx(
  table: StartHeights,
  params: URLSearchParams,
  widthPx: number,
): number | null {
  const key = heightKey(params, table.lang);
  const steps = key === null ? undefined : table.heights[key];
  return steps ? heightAt(steps, widthPx) : null;
}

/**
 * The tallest opening height of a view in any column from 320 to 1,280 px: what a plain
 * iframe, which keeps the height it is given, needs so that it never scrolls inside itself.
 */
export function tallestPx(table: StartHeights, params: URLSearchParams): number | null {
  const key = heightKey(params, table.lang);
  const steps = key === null ? undefined : table.heights[key];
  if (!steps) return null;
  const [lo, hi] = COLUMN_RANGE_PX;
  let max = heightAt(steps, lo);
  for (const [w, px] of steps) if (w > lo && w <= hi) max = Math.max(max, px);
  return max;
}
