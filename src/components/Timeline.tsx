import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { selectBaseScale, selectVisibleEvents } from '../store/selectors';
import { trackRowsOf } from '../timeline/trackRows';
import { useZoomBehavior } from '../hooks/useZoomBehavior';
import { answerKey } from '../hooks/timelineKeys';
import { MarksLayer } from './MarksLayer';
import { UNIT_PX, laneHeight, type LaneInfo } from '../timeline/markItems';
import { AXIS_H, TimelineAxis, TrackBreaks } from './TimelineAxis';
import { LaneLabels } from './LaneLabels';
import { VerticalTimeline } from './VerticalTimeline';
import { t } from '../i18n/catalog';

interface Props {
  widthPx: number;
  colors: Map<string, string>;
  textColors: Map<string, string>;
  /** The most the timeline may take (an embed's share of its frame); rows are dropped to fit. */
  maxHeightPx?: number | undefined;
  /** The same for the compact rail an article's narrow column shows. */
  railMaxPx?: number | undefined;
}

/** Below this track width, and for stories a phone can list, time runs down the page. */
export const VERTICAL_BELOW_PX = 600;
export const VERTICAL_MAX_EVENTS = 400;

/** Whether the timeline is drawn vertically: narrow, one track, and not too many events. */
export function isVertical(widthPx: number, lanes: boolean, eventCount: number): boolean {
  return widthPx > 0 && widthPx < VERTICAL_BELOW_PX && !lanes && eventCount <= VERTICAL_MAX_EVENTS;
}

/** An article column narrower than this shows the phone's rail, compact. */
export const EMBED_VERTICAL_BELOW_PX = 480;
/** The rail's share of a compact embed's frame (its limit is 760 px at phone widths). */
export const EMBED_RAIL_PX = 480;

/** Label rows that fit `maxHeightPx` under a `topPx` annotation band, between 3 and `rows`. */
export function rowsToFit(rows: number, topPx: number, maxHeightPx?: number): number {
  if (maxHeightPx === undefined) return rows;
  const fit = Math.floor((maxHeightPx - topPx - AXIS_H - laneHeight(0)) / UNIT_PX);
  return Math.max(3, Math.min(rows, fit));
}

/** The main view: a region with one tab stop, zoomed and panned by d3-zoom. */
export function Timeline({ widthPx, colors, textColors, maxHeightPx, railMaxPx }: Props) {
  const store = useTimelineStore();
  const svgRef = useRef<SVGSVGElement>(null);
  const lanesOn = useTimeline((s) => s.lanes);
  const embed = useTimeline((s) => s.embed);
  const visible = useTimeline(selectVisibleEvents);
  const index = useTimeline((s) => s.index);
  const base = useTimeline(selectBaseScale);
  const total = index.events.length;
  const narrow = widthPx < 600;
  const [hint, setHint] = useState(false);

  const annotationH = narrow ? 48 : 34;
  const lanes: LaneInfo = useMemo(() => {
    if (!lanesOn) {
      // As many rows as the story's opening layout needs, up to 27 (the bundled story's 13
      // whole titles at 836–1240 px); an embed's share of its frame may take fewer.
      const rows = trackRowsOf(
        index,
        base,
        rowsToFit(narrow ? 22 : 27, annotationH, maxHeightPx),
        narrow,
      );
      return { actors: [''], rowsPerLane: rows, laneH: laneHeight(rows), top: annotationH };
    }
    const used = new Set(visible.flatMap((e) => e.actors));
    const actors = index.story.actors.map((a) => a.id).filter((a) => used.has(a));
    return { actors, rowsPerLane: 6, laneH: laneHeight(6) + 18, top: annotationH + 18 };
  }, [lanesOn, narrow, visible, index, annotationH, maxHeightPx, base]);
  const bodyH = Math.max(1, lanes.actors.length) * lanes.laneH + (lanesOn ? 0 : 0);
  const heightPx = lanes.top + bodyH + AXIS_H;

  const showHint = useCallback(() => {
    setHint(true);
    window.setTimeout(() => setHint(false), 2500);
  }, []);
  useZoomBehavior(svgRef, store, {
    widthPx,
    heightPx,
    wheelNeedsModifier: embed,
    onWheelWithoutModifier: showHint,
  });

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const s = store.getState();
    const focusX = () => {
      const el = (ev.target as Element).closest('[data-hot], [data-x0]');
      const box = el?.getBoundingClientRect();
      const svgBox = svgRef.current?.getBoundingClientRect();
      return box && svgBox ? box.left - svgBox.left : undefined;
    };
    answerKey(ev, {
      zoomIn: () => s.zoomIn(focusX()),
      zoomOut: () => s.zoomOut(focusX()),
      reset: () => s.resetView(),
      close: () => s.selectEvent(null),
    });
  };
  const onClick = (ev: MouseEvent<HTMLDivElement>) => {
    const id = (ev.target as Element).closest('[data-mark="event"]')?.getAttribute('data-event-id');
    if (id) store.getState().selectEvent(id);
  };

  // In an article's narrow column the rail is compact, and cut to the frame's share.
  if (isVertical(widthPx, lanesOn, visible.length) && (!embed || widthPx < EMBED_VERTICAL_BELOW_PX))
    return (
      <div
        className="timeline timeline--narrow timeline--vertical"
        role="region"
        aria-label={t('timeline.label')}
        aria-describedby="timeline-summary"
      >
        {visible.length > 0 ? (
          <VerticalTimeline
            widthPx={widthPx}
            colors={colors}
            maxHeightPx={embed ? (railMaxPx ?? EMBED_RAIL_PX) : undefined}
          />
        ) : (
          <p className="timeline-empty timeline-empty--static">
            {t('timeline.hidden', { n: total })}
          </p>
        )}
      </div>
    );
  return (
    <div
      className={`timeline${narrow ? ' timeline--narrow' : ''}`}
      role="region"
      aria-label={t('timeline.label')}
      aria-describedby="timeline-summary"
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <svg
        ref={svgRef}
        className="timeline-svg"
        width={widthPx}
        height={heightPx}
        viewBox={`0 0 ${widthPx} ${heightPx}`}
        role="presentation"
      >
        <TimelineAxis top={lanes.top - 4} height={bodyH + 4} />
        {lanesOn && <LaneLabels lanes={lanes} textColors={textColors} />}
        {visible.length > 0 ? (
          <MarksLayer
            lanes={lanes}
            colors={colors}
            narrow={narrow}
            heightPx={heightPx}
            underMarks={<TrackBreaks top={lanes.top - 4} height={bodyH + 4} />}
          />
        ) : (
          <TrackBreaks top={lanes.top - 4} height={bodyH + 4} />
        )}
      </svg>
      {visible.length === 0 && (
        <p className="timeline-empty">{t('timeline.hidden', { n: total })}</p>
      )}
      {hint && (
        <p className="zoom-hint" role="status">
          {t('timeline.ctrlZoom')}
        </p>
      )}
    </div>
  );
}
