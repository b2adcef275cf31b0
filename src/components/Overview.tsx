import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { useSettledDomain } from '../hooks/useSettled';
import { selectBaseScale, selectVisibleEvents } from '../store/selectors';
import { useOverviewBrush } from '../hooks/useOverviewBrush';
import { answerKey } from '../hooks/timelineKeys';
import { getTicks } from '../timeline/ticks';
import { AxisBreaks } from './AxisBreaks';
import { windowWords } from '../timeline/windowWords';
import { isZoomed } from '../timeline/zoom';
import { overviewMarksOf } from '../timeline/overviewMarks';
import { t } from '../i18n/catalog';
import { axisBreaks } from '../timeline/axisBreaks';
import { pixelsOf } from '../timeline/timeScale';

const H = 44;

/**
 * The whole story in a strip under the main view: a tick where each event falls (density bars
 * for large stories), the visible window as a brush (drag, resize; arrows and +/- when focused).
 */
export function Overview({ widthPx }: { widthPx: number }) {
  const store = useTimelineStore();
  const gRef = useRef<SVGGElement>(null);
  const base = useTimeline(selectBaseScale);
  const visible = useTimeline(selectVisibleEvents);
  const index = useTimeline((s) => s.index);
  const whole = useTimeline((s) => !isZoomed(s.view));
  const [from, to] = useSettledDomain(store);
  useOverviewBrush(gRef, store, widthPx, H);

  // A tick per event where the story is small enough; density bars for large ones.
  const marks = useMemo(
    () =>
      overviewMarksOf(
        visible.map((e) => e.id),
        index.spans,
        pixelsOf(base),
        widthPx,
        H,
      ),
    [visible, index, base, widthPx],
  );
  const breaks = axisBreaks(base);
  const { ticks } = getTicks(base, { charPx: 7 });

  const onKeyDown = (ev: KeyboardEvent<SVGGElement>) => {
    const s = store.getState();
    const step = (to - from) * 0.1;
    // A slider across the page: left and right move the window, up and down still scroll.
    answerKey(ev, {
      previous: () => (ev.key === 'ArrowLeft' ? s.showDomain(from - step, to - step) : false),
      next: () => (ev.key === 'ArrowRight' ? s.showDomain(from + step, to + step) : false),
      // A slider's Home is its start: here the whole story.
      first: () => s.resetView(),
      zoomIn: () => s.zoomIn(),
      zoomOut: () => s.zoomOut(),
      reset: () => s.resetView(),
    });
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
        {/* Inside the band, over the axis line: on the tick row it read as one phrase with
            the next tick. */}
        <AxisBreaks breaks={breaks} top={0} height={H} labelY={H - 6} />
        {marks.kind === 'density'
          ? marks.bins.map((b) =>
              b.h > 0 ? (
                <rect key={b.x} className="density" x={b.x} y={H - b.h} width={2.5} height={b.h} />
              ) : null,
            )
          : marks.events.map((e) => (
              <g key={e.id}>
                {e.span && (
                  <rect
                    className={e.span.uncertain ? 'overview-span is-uncertain' : 'overview-span'}
                    data-overview-event={e.id}
                    data-kind={e.span.uncertain ? 'window' : 'range'}
                    x={e.span.x0}
                    y={e.span.uncertain ? H - 9 : H - 10}
                    width={Math.max(1.5, e.span.x1 - e.span.x0)}
                    height={e.span.uncertain ? 5 : 3}
                  />
                )}
                <rect
                  className="overview-event"
                  data-overview-event={e.id}
                  data-kind="tick"
                  x={e.x - 0.75}
                  y={H - 18}
                  width={1.5}
                  height={18}
                />
              </g>
            ))}
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
        aria-valuetext={t('zoom.showing', {
          range: windowWords(index.spans, [from, to], whole),
        })}
        onKeyDown={onKeyDown}
      />
    </svg>
  );
}
