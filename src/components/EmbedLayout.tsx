import { lazy, Suspense, useMemo, type RefObject } from 'react';
import { useTimeline } from '../store';
import { resolveParts, type Part } from '../store/embedOptions';
import { Timeline } from './Timeline';
import { Overview } from './Overview';
import { ZoomControls } from './ZoomControls';
import { ActorFilter } from './ActorFilter';
import { EventDetail } from './EventDetail';
import { StatusSummary } from './StatusSummary';
import { StoryFooter } from './StoryFooter';
import { Notice } from './Notice';

const CampaignChart = lazy(() => import('./CampaignChart'));
const StoryMode = lazy(() => import('./StoryMode').then((m) => ({ default: m.StoryMode })));

/**
 * The timeline's share of an article frame, so the compact embed stays within 700 px and an
 * open event within 900 (1,000 at phone widths, where its summary wraps to twice the lines).
 * Rows that do not fit become "+N" clusters, which open on a click.
 */
const AUTO_TIMELINE_PX = { narrow: 305, wide: 430 };

interface Props {
  /** Measured for the timeline's width: the parts' own column. */
  bodyRef: RefObject<HTMLDivElement | null>;
  widthPx: number;
  /** The store has the width too, so the first timeline render has its scale. */
  ready: boolean;
  colors: Map<string, string>;
  textColors: Map<string, string>;
}

/**
 * The page inside an article's frame: only the parts asked for (`parts=`, else the compact
 * default), in the order given, each one block in a single column.
 */
export function EmbedLayout({ bodyRef, widthPx, ready, colors, textColors }: Props) {
  const urlParts = useTimeline((s) => s.parts);
  const plain = useTimeline((s) => s.plain);
  const title = useTimeline((s) => s.index.story.title);
  const storyStep = useTimeline((s) => s.storyStep);
  const parts = useMemo(() => resolveParts(urlParts, plain), [urlParts, plain]);
  const has = (p: Part) => parts.includes(p);
  const narrow = widthPx < 600;
  const timelineMaxPx = narrow ? AUTO_TIMELINE_PX.narrow : AUTO_TIMELINE_PX.wide;

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
          <div key={part} className="toolbar" role="group" aria-label="Timeline controls">
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
    <div ref={bodyRef} className="embed-body" id="timeline-main" tabIndex={-1}>
      <Notice />
      <StatusSummary />
      {storyStep !== null && (
        <Suspense fallback={null}>
          <StoryMode />
        </Suspense>
      )}
      {parts.map(render)}
    </div>
  );
}
