import { t } from '../i18n/catalog';
import { durationLabel } from './breaks';
import { fmtDayMonth, fmtTime } from './tickFormat';
import { spaceLabels, upperRow, type Tick } from './tickRows';
import type { TimeScale } from './timeScale';

/** In a sequence, a tick at every distinct date in view, the year under them. */
export function sequenceTicks(
  scale: TimeScale,
  charPx: number,
  twoLevel: boolean,
): { unit: string; ticks: Tick[] } {
  const [d0 = 0, d1 = 0] = scale.domain().map(Number);
  const { dates: stops = scale.warp.ms, exact, timed } = scale.warp;
  const ticks: Tick[] = [];
  stops.forEach((ms, i) => {
    // A best guess (the middle of "about June") gets a grid line but no date of its own.
    if (ms >= d0 && ms <= d1)
      ticks.push({
        ms,
        x: scale(ms),
        // A time of day is named by its clock, the day under it.
        label: exact?.[i] ? (timed?.[i] ? fmtTime : fmtDayMonth)(new Date(ms)) : '',
        major: false,
        level: 0,
      });
  });
  spaceLabels(ticks, charPx, []);
  if (twoLevel) ticks.push(...upperRow(scale, timed ? 'days' : 'years', charPx));
  return { unit: 'sequence', ticks };
}

/** In a sequence, the time between neighbouring dates, centred between them where it fits. */
export function sequenceGaps(
  scale: TimeScale,
  charPx = 6.5,
): { x0: number; x1: number; label: string }[] {
  if (scale.warp.kind !== 'sequence') return [];
  const [d0 = 0, d1 = 0] = scale.domain().map(Number);
  const { dates: ms = scale.warp.ms, exact } = scale.warp;
  const out: { x0: number; x1: number; label: string }[] = [];
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1] as number;
    const b = ms[i] as number;
    if (b < d0 || a > d1) continue;
    const sure = exact?.[i - 1] && exact[i];
    const duration = durationLabel(b - a);
    const label = sure ? duration : t('timeline.about', { duration });
    const x0 = scale(a);
    const x1 = scale(b);
    if (x1 - x0 >= label.length * charPx + 16) out.push({ x0, x1, label });
  }
  return out;
}
