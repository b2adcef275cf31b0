/**
 * How an embed's opening height is measured across column widths, whatever measures one width:
 * Chromium driven by the build (scripts/embed-heights.mjs) and `npm run publish`, or a hidden
 * frame in the editor's "Download for the web". The height is a step function of the width (a
 * title wraps, a control row breaks): a sweep finds where it changes and a bisection finds the
 * exact width.
 */
import type { HeightSteps, StartHeights } from './startHeights';
import { heightKey } from './startHeights';

/** The widths measured: 280 to 1,320 px, swept every 24 px. */
export const MEASURE_RANGE_PX = { min: 280, max: 1320, sweep: 24 } as const;

/** `[[from width, height], ...]`, widths ascending, from `heightAt` (called widest first). */
export async function measureSteps(
  heightAt: (widthPx: number) => Promise<number>,
  { min, max, sweep: step } = MEASURE_RANGE_PX,
): Promise<[number, number][]> {
  const at = new Map<number, number>();
  const h = async (w: number) => {
    let px = at.get(w);
    if (px === undefined) at.set(w, (px = await heightAt(w)));
    return px;
  };
  const sweep: number[] = [];
  for (let w = max; w >= min; w -= step) sweep.unshift(w);
  if (sweep[0] !== min) sweep.unshift(min);
  for (const w of [...sweep].reverse()) await h(w);
  const steps: [number, number][] = [[min, await h(min)]];
  for (let i = 1; i < sweep.length; i++) {
    let lo = sweep[i - 1] ?? min;
    let hi = sweep[i] ?? max;
    if ((await h(lo)) === (await h(hi))) continue;
    // The narrowest width with hi's height: bisect (lo has the old height, hi the new).
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((await h(mid)) === (await h(hi))) hi = mid;
      else lo = mid;
    }
    steps.push([hi, await h(hi)]);
  }
  // Merge neighbours of equal height (a change and back between two sweep widths).
  return steps.filter((s, i) => i === 0 || s[1] !== steps[i - 1]?.[1]);
}

/** The layout options measured for every language: the default, `parts=timeline`, `plain=1`. */
export const MEASURED_OPTIONS = ['', 'parts=timeline', 'plain=1'] as const;

/**
 * The embed views a published story's heights are measured for: each of its languages (the
 * story's own is the default, no `lang=`) with each of MEASURED_OPTIONS.
 */
export function storyHeightQueries(storyLang: string, languages: readonly string[]): string[] {
  const langs = [storyLang, ...languages.filter((l) => l !== storyLang)];
  return langs.flatMap((lang) =>
    MEASURED_OPTIONS.map((o) =>
      [lang === storyLang ? '' : `lang=${lang}`, o].filter(Boolean).join('&'),
    ),
  );
}

/** Measures each query's steps with `measure`, into the table embed.js and the dialog read. */
export async function measureTable(
  storyLang: string,
  queries: readonly string[],
  measure: (query: string) => Promise<HeightSteps>,
): Promise<StartHeights> {
  const heights: Record<string, HeightSteps> = {};
  for (const q of queries) {
    const key = heightKey(new URLSearchParams(q), storyLang);
    if (key !== null) heights[key] = await measure(q);
  }
  return { lang: storyLang, heights };
}

const START_HEIGHTS = /var START_HEIGHTS = \{[^;]*\};/;

/** embed.js with `table` as the heights it reserves; throws where it has no table to fill. */
export function withStartHeights(embedJs: string, table: StartHeights): string {
  if (!START_HEIGHTS.test(embedJs))
    throw new Error('embed.js has no "var START_HEIGHTS = {...};" to fill');
  return embedJs.replace(START_HEIGHTS, () => `var START_HEIGHTS = ${JSON.stringify(table)};`);
}
