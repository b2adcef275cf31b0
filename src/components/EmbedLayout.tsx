import { lazy, Suspense, useLayoutEffect, useMemo, useRef } from 'react';
import { useElementWidth } from '../hooks/useElementSize';
import { useTimeline, useTimelineStore } from '../store';
import { fixedTimelinePx, resolveParts, type Part } from '../store/embedOptions';
import { EMBED_RAIL_PX, Timeline } from './Timeline';
import { Overview } from './Overview';
import { ZoomControls } from './ZoomControls';
import { ActorFilter } from './ActorFilter';
import { EventDetail } from './EventDetail';
import { StatusSummary } from './StatusSummary';
import { StoryFooter } from './StoryFooter';
import { Notice } from './Notice';
import './embed.css';
import { t } from '../i18n/catalog';

const CampaignChart = lazy(() => import('./CampaignChart'));
const StoryMode = lazy(() => import('./StoryMode').then((m) => ({ default: m.StoryMode })));

/**
 * The timeline's share of an article frame, so the compact embed stays within 700 px and an
 * open event within 900 (1,000 at phone widths, where its summary wraps to twice the lines).
 * Rows that do not fit become "+N" clusters, which open on a click.
 */
const AUTO_TIMELINE_PX = { narrow: 270, wide: 410 };
/** The horizontal track's axis and annotation band, which the rail does without. */
const RAIL_EXTRA_PX = 60;
/** The rail's share beside an open event, and as the frame's only part (limits 1,000 and 480). */
const RAIL_PX = { open: 230, alone: 370 };

interface Props {
  colors: Map<string, string>;
  textColors: Map<string, string>;
}

/**
 * The page inside an article's frame: only the parts asked for (`parts=`, else the compact
 * default), in the order given, each one block in a single column.
 */
export default function EmbedLayout({ colors, textColors }: Props) {
  const store = useTimelineStore();
  // The parts' own column sets the timeline's width (this chunk arrives after the page's).
  const bodyRef = useRef<HTMLElement>(null);
  const widthPx = useElementWidth(bodyRef);
  // In the same commit as the measurement, so the first timeline render has its scale.
  useLayoutEffect(() => store.getState().setWidth(widthPx), [store, widthPx]);
  const storeWidth = useTimeline((s) => s.widthPx);
  const ready = widthPx > 0 && storeWidth > 0;
  const urlParts = useTimeline((s) => s.parts);
  const plain = useTimeline((s) => s.plain);
  const title = useTimeline((s) => s.index.story.title);
  const storyStep = useTimeline((s) => s.storyStep);
  const fixedHeightPx = useTimeline((s) => s.fixedHeightPx);
  const parts = useMemo(() => resolveParts(urlParts, plain), [urlParts, plain]);
  const has = (p: Part) => parts.includes(p);
  const narrow = widthPx < 600;
  const autoPx = narrow ? AUTO_TIMELINE_PX.narrow : AUTO_TIMELINE_PX.wide;
  const timelineMaxPx =
    fixedHeightPx === null
      ? autoPx
      : Math.min(autoPx, fixedTimelinePx(fixedHeightPx, parts, narrow));
  // A narrow column's rail (Timeline) takes what the horizontal track's rows and axis would,
  // and the room its clusters' "+N" left unused.
  // Less beside an open event (whose details take the frame's height), and on its own.
  const chosen = useTimeline((s) => s.selectedId !== null);
  const railSharePx =
    has('details') && chosen
      ? RAIL_PX.open
      : has('details') || has('footer')
        ? EMBED_RAIL_PX
        : RAIL_PX.alone;
  const railMaxPx =
    fixedHeightPx === null
      ? railSharePx
      : Math.min(railSharePx, fixedTimelinePx(fixedHeightPx, parts, narrow) + RAIL_EXTRA_PX);

  const render = (part: Part) => {
    switch (part) {
      case 'title':
        return (
          <header key={part} className="masthead">
            <h1 className="embed-title">{title}</h1>
          </header>
        );
      case 'controls':
        return (
          <div key={part} className="toolbar" role="group" aria-label={t('page.controls')}>
            <ActorFilter colors={colors} textColors={textColors} />
            {has('timeline') && <ZoomControls compact />}
          </div>
        );
      case 'timeline':
        return (
          <div key={part} className="embed-track">
            {ready && (
              <Timeline
                widthPx={widthPx}
                colors={colors}
                textColors={textColors}
                maxHeightPx={timelineMaxPx}
                railMaxPx={railMaxPx}
              />
            )}
            {/* A timeline on its own keeps its three zoom buttons; gestures and keys do more. */}
            {!has('controls') && <ZoomControls compact />}
          </div>
        );
      case 'overview':
        return ready ? <Overview key={part} widthPx={widthPx} /> : null;
      case 'details':
        return (
          <div key={part} className="details-slot">
            <EventDetail compact />
          </div>
        );
      case 'chart':
        return (
          <Suspense key={part} fallback={null}>
            <CampaignChart />
          </Suspense>
        );
      case 'footer':
        return <StoryFooter key={part} />;
    }
  };

  return (
    // The frame's whole content is its main landmark (axe: landmark-one-main, region).
    <main ref={bodyRef} className="embed-body" id="timeline-main" tabIndex={-1}>
      <Notice />
      <StatusSummary />
      {storyStep !== null && (
        <Suspense fallback={null}>
          <StoryMode />
        </Suspense>
      )}
      {parts.map(render)}
    </main>
  );
}
