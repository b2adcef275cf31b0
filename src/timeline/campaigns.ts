import type { Citation, Figure } from '../data/schema';
import { sourceLabel, type StoryIndex } from './storyIndex';
import { isActorShown } from './actorFilter';
import { formatFigure, formatFigures } from './figures';
import { activeLang, formatNumber, t } from '../i18n/catalog';
import { numberLocale } from '../i18n/languages';
import { createLogScale, type LogScale } from './logScale';
import '../i18n/englishLater';

// The log scale lives in its own file; callers import it from here.

/** One bar of the campaign-scale chart: an actor's exchanges, as one event's figures give them. */
export interface CampaignRow {
  /** `eventId:actorId`, unique per row. */
  key: string;
  eventId: string;
  actor: string;
  actorName: string;
  /** The actor's group id, for its colour. */
  group: string;
  /** The stated number, or null when the story says it was not disclosed. */
  value: number | null;
  qualifier: Figure['qualifier'];
  /** "over N": the bar continues past N, drawn open-ended. */
  openEnded: boolean;
  /** No number: a labelled gap, never a bar of length 0. */
  gap: boolean;
  /** "over 150,000", "28.8 million", "not disclosed". */
  valueText: string;
  /**
   * "roughly / nearly 25,000 accounts (the accounts differ)", each document's word kept, where
   * the story gives an account count for the same actor.
   */
  accountsText: string | null;
  citation: Citation;
  /** The source's outlet, or "Outlet not stated". */
  sourceName: string;
}

/** The account-count line: "28 accounts", "roughly / nearly 25,000 accounts (the accounts differ)". */
function accountsPhrase(figures: readonly Figure[]): string {
  const one = figures.length > 0 && figures.every((f) => f.value === 1);
  return formatFigures(figures, t('figure.accountsUnit', { n: one ? 1 : 2 }));
}

/**
 * The chart's rows, from the story's `exchanges` figures only: largest first, undisclosed last
 * (in story order among themselves). Empty when the story gives no exchange figures.
 */
export function campaignRows(index: StoryIndex): CampaignRow[] {
  const rows: CampaignRow[] = [];
  const seen = new Set<string>();
  // Each actor's account counts from the first event that gives any, found in one pass: looking
  // them up per figure was quadratic, over a second at 100,000 events.
  const firstAccounts = new Map<string, Figure[]>();
  for (const e of index.events) {
    const here = new Map<string, Figure[]>();
    for (const g of e.figures ?? [])
      if (g.metric === 'accounts' && !firstAccounts.has(g.actor))
        here.set(g.actor, [...(here.get(g.actor) ?? []), g]);
    for (const [actor, list] of here) firstAccounts.set(actor, list);
  }
  for (const e of index.events) {
    const figures = e.figures ?? [];
    for (const f of figures) {
      if (f.metric !== 'exchanges') continue;
      const key = `${e.id}:${f.actor}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // An account count from the same event first, else from any event, for the same actor.
      const own = figures.filter((g) => g.metric === 'accounts' && g.actor === f.actor);
      const accounts = own.length > 0 ? own : firstAccounts.get(f.actor);
      const actor = index.actorById.get(f.actor);
      const source = index.sourceById.get(f.citation.source);
      const gap = f.value === null || f.qualifier === 'not-disclosed';
      rows.push({
        key,
        eventId: e.id,
        actor: f.actor,
        actorName: actor?.name ?? f.actor,
        group: actor?.group ?? '',
        value: gap ? null : f.value,
        qualifier: f.qualifier,
        openEnded: !gap && f.qualifier === 'over',
        gap,
        valueText: formatFigure(f),
        accountsText: accounts ? accountsPhrase(accounts) : null,
        citation: f.citation,
        sourceName: source ? sourceLabel(source).outlet : t('source.outletMissing'),
      });
    }
  }
  const order = new Map(rows.map((r, i) => [r.key, i]));
  return rows.sort(
    (a, b) =>
      (b.value ?? -1) - (a.value ?? -1) || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0),
  );
}

/** Rows whose actor the filter shows (all when the filter is off). */
export function filterRows(
  rows: readonly CampaignRow[],
  active: ReadonlySet<string> | null,
): CampaignRow[] {
  return rows.filter((r) => isActorShown(r.actor, active));
}

/**
 * The row's name for assistive tech, with the account count the row shows beside the actor:
 * "Alibaba / Qwen, roughly / nearly 25,000 accounts (…): 28.8 million exchanges. Show the event",
 * in the order the row shows them (label in name).
 */
export function rowName(row: CampaignRow): string {
  const amount = row.gap ? t('chart.undisclosed') : t('chart.exchanges', { value: row.valueText });
  const accounts = row.accountsText ? `, ${row.accountsText}` : '';
  return t('chart.row', { actor: row.actorName, amount, accounts });
}

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
