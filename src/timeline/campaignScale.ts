import { activeLang, formatNumber } from '../i18n/catalog';
import { numberLocale } from '../i18n/languages';
import type { CampaignRow } from './campaigns';
import { createLogScale, type LogScale } from './logScale';

/** How far past its value an open-ended bar reaches, as a factor (log-spaced, so a fixed step). */
export const OPEN_END_FACTOR = 2;

/**
 * Whole decades around the values: a bar starts at the lower power of ten (one decade lower if a
 * value sits on it, so no bar has length 0) and open-ended bars have room for their extension.
 */
export function logDomain(rows: readonly CampaignRow[]): [number, number] {
  const values = rows.flatMap((r) => (r.value !== null && r.value > 0 ? [r.value] : []));
  if (values.length === 0) return [1, 10];
  const lo = Math.min(...values);
  const hi = Math.max(
    ...rows.flatMap((r) =>
      r.value !== null && r.value > 0 ? [r.openEnded ? r.value * OPEN_END_FACTOR : r.value] : [],
    ),
  );
  let lowExp = Math.floor(Math.log10(lo));
  if (10 ** lowExp >= lo) lowExp -= 1;
  let highExp = Math.ceil(Math.log10(hi));
  if (highExp <= lowExp) highExp = lowExp + 1;
  return [10 ** lowExp, 10 ** highExp];
}

/** The chart's scale: every row's values across `[0, widthPx]`. */
export function campaignScale(rows: readonly CampaignRow[], widthPx: number): LogScale {
  return createLogScale(logDomain(rows), [0, Math.max(1, widthPx)]);
}

/**
 * The widest scale range (px) that leaves room on the track after every bar for its own value
 * label (`labelPx(row)` wide, placed `gapPx` past the bar's end or arrow): long bars with short
 * labels and short bars with long ones both fit, without reserving the longest label everywhere.
 */
export function rangeToFit(
  rows: readonly CampaignRow[],
  trackPx: number,
  labelPx: (row: CampaignRow) => number,
  gapPx = 20,
): number {
  const unit = campaignScale(rows, 1);
  let best = trackPx;
  for (const r of rows) {
    if (r.value === null) continue;
    const f = unit(r.openEnded ? r.value * OPEN_END_FACTOR : r.value);
    if (f > 0) best = Math.min(best, (trackPx - labelPx(r) - gapPx) / f);
  }
  return Math.max(40, Math.floor(best));
}

/** A bar's geometry in px: solid to the value, then (for "over") an extension; null for a gap. */
export interface BarGeometry {
  valuePx: number;
  /** Where the open-ended extension stops; equal to `valuePx` when the value is exact. */
  endPx: number;
}

/** Where a row's bar ends, solid and open-ended, on the scale `x`. */
export function barGeometry(row: CampaignRow, x: LogScale): BarGeometry | null {
  if (row.gap || row.value === null) return null;
  // Never narrower than 2 px: the smallest stated value is still a visible bar.
  const valuePx = Math.max(2, x(row.value));
  const endPx = row.openEnded ? Math.max(valuePx + 12, x(row.value * OPEN_END_FACTOR)) : valuePx;
  return { valuePx, endPx };
}

/** Gridlines at each power of ten in the domain, labelled "100,000", "1 million" (or "1M"). */
export function decadeTicks(
  x: LogScale,
  short: boolean,
): { value: number; label: string; px: number }[] {
  const [lo, hi] = x.domain;
  const out: { value: number; label: string; px: number }[] = [];
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) {
    const value = 10 ** e;
    out.push({ value, label: decadeLabel(value, short), px: x(value) });
  }
  return out;
}

const COUNTS_IN_MAN = new Set(['zh', 'zh-Hant', 'ja']);

function decadeLabel(value: number, short: boolean): string {
  // "100,000" reads more naturally than "100 thousand" below a million; Chinese and Japanese
  // count in ten-thousands, and their papers write 10万 rather than 100,000.
  if (!short && value < 1e6 && !COUNTS_IN_MAN.has(activeLang())) return formatNumber(value);
  const locale = numberLocale(activeLang());
  const display = short ? 'short' : 'long';
  return new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: display }).format(
    value,
  );
}
