import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { useSettledDomain } from '../hooks/useSettled';
import { selectBaseScale, selectVisibleEvents } from '../store/selectors';
import { useOverviewBrush } from '../hooks/useOverviewBrush';
import { axisBreaks, getTicks } from '../timeline/ticks';
import { AxisBreaks } from './AxisBreaks';
import { formatWindow } from '../data/dates';
import { pixelsOf } from '../timeline/scales';
import { t } from '../i18n/catalog';

const H = 44;

/**
 * The whole story in a strip under the main view: event density as bars, the visible window
 * as a brush (drag, resize; arrows and +/- when focused).
 */
export function Overview({ widthPx }: { widthPx: number }) {
  const store = useTimelineStore();
  const gRef = useRef<SVGGElement>(null);
  const base = useTimeline(selectBaseScale);
  const visible = useTimeline(selectVisibleEvents);
  const index = useTimeline((s) => s.index);
  const [from, to] = useSettledDomain(store);
  useOverviewBrush(gRef, store, widthPx, H);

  // Density in 3 px bins: bounded work and marks whatever the number of events.
  const bins = useMemo(() => {
    const n = Math.max(1, Math.floor(widthPx / 3));
    const counts = new Array<number>(n).fill(0);
    const px = pixelsOf(base);
    for (const e of visible) {
      const s = index.spans.get(e.id);
      if (!s) continue;
      const a = Math.floor(px(s.startMs) / 3);
      const b = Math.max(a, Math.floor(px(s.endMs) / 3));
      for (let i = Math.max(0, a); i <= Math.min(n - 1, b); i++) counts[i] = (counts[i] ?? 0) + 1;
    }
    const max = Math.max(1, ...counts);
    return counts.map((c, i) => ({ x: i * 3, h: c === 0 ? 0 : 4 + (c / max) * (H - 20) }));
  }, [visible, index, base, widthPx]);
  const { ticks } = getTicks(base, { charPx: 7 });

  const onKeyDown = (ev: KeyboardEvent<SVGGElement>) => {
    const s = store.getState();
    const step = (to - from) * 0.1;
    if (ev.key === 'ArrowLeft') s.showDomain(from - step, to - step);
    else if (ev.key === 'ArrowRight') s.showDomain(from + step, to + step);
    else if (ev.key === '+' || ev.key === '=') s.zoomIn();
    else if (ev.key === '-' || ev.key === '_') s.zoomOut();
    else if (ev.key === 'Home' || ev.key === '0') s.resetView();
    else return;
    ev.preventDefault();
  };

  return (
    <svg
      className="overview"
      width={widthPx}
      height={H + 16}
      aria-label={t('timeline.overview')}
      role="group"
    >
      <g aria-hidden="true">
        <AxisBreaks breaks={axisBreaks(base)} top={0} height={H} labelY={H + 13} />
        {bins.map((b) =>
          b.h > 0 ? (
            <rect key={b.x} className="density" x={b.x} y={H - b.h} width={2.5} height={b.h} />
          ) : null,
        )}
        {ticks
          // A label the right edge would cut ("202") is left out.
          .filter((t) => t.label && t.x + 3 + t.label.length * 7 <= widthPx)
          .map((t) => (
            <text key={t.ms} className="overview-tick" x={t.x + 3} y={H + 13}>
              {t.label}
            </text>
          ))}
        <line className="axis-line" x1={0} x2={widthPx} y1={H} y2={H} />
      </g>
      <g
        ref={gRef}
        className="brush"
        role="slider"
        tabIndex={0}
        aria-label={t('timeline.window')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(
          (((from + to) / 2 - index.extent[0]) / (index.extent[1] - index.extent[0])) * 100,
        )}
        aria-valuetext={t('zoom.showing', { range: formatWindow(from, to) })}
        onKeyDown={onKeyDown}
      />
    </svg>
  );
}
