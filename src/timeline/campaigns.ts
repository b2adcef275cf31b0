import type { Citation, Figure } from '../data/schema';
import { sourceLabel, type StoryIndex } from './storyIndex';
import { isActorShown } from './actorFilter';
import { formatFigure, formatFigures } from './figures';
import { t } from '../i18n/catalog';

// The chart's scale lives in its own files; callers import it from here.
export {
  OPEN_END_FACTOR,
  barGeometry,
  campaignScale,
  decadeTicks,
  logDomain,
  rangeToFit,
  type BarGeometry,
} from './campaignScale';
export { createLogScale, type LogScale } from './logScale';

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
