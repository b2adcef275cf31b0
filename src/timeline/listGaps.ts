import { t } from '../i18n/catalog';
import { bestDateOf, durationLabel } from './breaks';
import type { ScaleKind, TimeBreak } from './warp';
import { type EventSpan } from '../data/dateParse';
import '../i18n/englishLater';

const exact = (s: EventSpan) =>
  s.precision === 'day' || s.precision === 'time' || s.precision === 'range';

/**
 * The list's notes between events, following the timeline's scale: with quiet stretches
 * shortened, "7 weeks later" where one was cut out; in a sequence, the time between every two
 * dates; in true time, none (the dates say it).
 */
export function listGaps(
  ids: readonly string[],
  spans: ReadonlyMap<string, EventSpan>,
  kind: ScaleKind,
  breaks: readonly TimeBreak[],
): Map<string, string> {
  const out = new Map<string, string>();
  if (kind === 'linear') return out;
  for (let i = 1; i < ids.length; i++) {
    const a = spans.get(ids[i - 1] as string);
    const b = spans.get(ids[i] as string);
    if (!a || !b) continue;
    const from = bestDateOf(a);
    const to = bestDateOf(b);
    if (to <= from) continue;
    const cut = breaks.some((br) => br.fromMs >= from && br.toMs <= to);
    if (kind === 'breaks' && !cut) continue;
    out.set(
      ids[i] as string,
      t(exact(a) && exact(b) ? 'timeline.gap' : 'timeline.gapAbout', {
        duration: durationLabel(to - from),
      }),
    );
  }
  return out;
}
