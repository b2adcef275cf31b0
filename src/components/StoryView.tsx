import {
  lazy,
  Suspense,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { PrerenderContext } from '../prerender/context';
import type { Story } from '../data/schema';
import { indexStory } from '../data/storyIndex';
import { createTimelineStore, StoreContext, useTimeline, useTimelineStore } from '../store';
import { parseUrlState } from '../store/urlState';
import { startUrlSync } from '../store/urlSync';
import { useElementWidth } from '../hooks/useElementSize';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { groupColors, groupTextColors } from '../timeline/palette';
import { Timeline } from './Timeline';
import { Overview } from './Overview';
import { ZoomControls } from './ZoomControls';
import { ActorFilter } from './ActorFilter';
import { EventDetail } from './EventDetail';
import { StatusSummary } from './StatusSummary';
import { ListView } from './ListView';
import { StoryFooter } from './StoryFooter';
import { Notice } from './Notice';
import { StoryMode } from './StoryMode';
import { SearchBox } from './SearchBox';
import { ShortcutsHelp } from './ShortcutsHelp';
import { usePrinting } from '../hooks/usePrinting';

// Secondary features load on demand, keeping the first view small.
const EmbedDialog = lazy(() => import('./EmbedDialog'));
const CampaignChart = lazy(() => import('./CampaignChart'));
const ExportMenu = lazy(() => import('../export/ExportMenu'));

/** Sets up the store for one story from the URL, then lays out the page. */
export function StoryView({ story, search }: { story: Story; search: string }) {
  const prerender = useContext(PrerenderContext);
  const [store] = useState(() => {
    const index = indexStory(story);
    const { state, problems } = parseUrlState(search, index);
    return createTimelineStore(index, {
      // Part of the initial state, which is what a server render reads.
      ...(prerender ? { widthPx: prerender.trackPx } : {}),
      activeActors: state.activeActors,
      selectedId: state.selectedId,
      focusedId: state.selectedId ?? index.events[0]?.id ?? null,
      lanes: state.lanes,
      theme: state.theme,
      embed: state.embed,
      transparent: state.transparent,
      pendingDomain: state.domain,
      notice: problems.length
        ? `Some link settings were not understood (${problems.join('; ')}), so defaults are shown.`
        : null,
    });
  });
  useEffect(() => {
    // A deep-linked story step applies once the store exists (its window waits for a width).
    const step = parseUrlState(search, store.getState().index).state.storyStep;
    if (step !== null) store.getState().goToStep(step);
    return startUrlSync(store);
  }, [store, search]);
  return (
    <StoreContext.Provider value={store}>
      <Page />
    </StoreContext.Provider>
  );
}

function Page() {
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const theme = useTimeline((s) => s.theme);
  const embed = useTimeline((s) => s.embed);
  const transparent = useTimeline((s) => s.transparent);
  const mode = useTimeline((s) => s.mode);
  const lanes = useTimeline((s) => s.lanes);
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const resolved = theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme;
  const colors = useMemo(() => groupColors(index, resolved), [index, resolved]);
  const textColors = useMemo(() => groupTextColors(index, resolved), [index, resolved]);
  const wideScreen = useMediaQuery('(min-width: 720px)');
  const trackRef = useRef<HTMLDivElement>(null);
  const widthPx = useElementWidth(trackRef);
  // In the same commit as the measurement, so the first timeline render already has the
  // store's scale at this width (a 100,000-event layout is not computed twice on load).
  useLayoutEffect(() => store.getState().setWidth(widthPx), [store, widthPx]);
  const storeWidth = useTimeline((s) => s.widthPx);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
    document.documentElement.classList.toggle('is-embed', embed);
    document.documentElement.classList.toggle('is-transparent', transparent);
  }, [resolved, embed, transparent]);

  const [help, setHelp] = useState(false);
  const printing = usePrinting();
  const [embedOpen, setEmbedOpen] = useState(false);
  const [searchFocus, setSearchFocus] = useState(0);
  const storyStep = useTimeline((s) => s.storyStep);
  const hasSteps = (index.story.steps?.length ?? 0) > 0;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      // Typing in a text field is typing, not a shortcut.
      const typing =
        t?.closest(
          'textarea, select, dialog, input:not([type="checkbox"]):not([type="radio"]):not([type="range"])',
        ) || t?.isContentEditable;
      if (typing) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
      } else if (e.key === '/') {
        e.preventDefault();
        setSearchFocus((n) => n + 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const { story } = index;
  return (
    <div className={`page${embed ? ' page--embed' : ''}`}>
      <header className="masthead">
        {embed ? <p className="embed-title">{story.title}</p> : <h1>{story.title}</h1>}
        {!embed && <p className="dek">{story.dek}</p>}
      </header>
      <Notice />
      <div className="toolbar">
        <ActorFilter
          colors={colors}
          textColors={textColors}
          defaultOpen={wideScreen && !embed && story.actors.length <= 40}
        />
        <div className="toolbar-row">
          <ZoomControls />
          <div className="view-toggles" role="group" aria-label="View">
            <button
              type="button"
              aria-pressed={mode === 'timeline'}
              onClick={() => store.getState().setMode('timeline')}
            >
              Timeline
            </button>
            <button
              type="button"
              aria-pressed={mode === 'list'}
              onClick={() => store.getState().setMode('list')}
            >
              List
            </button>
            <label className="lanes-toggle">
              <input
                type="checkbox"
                checked={lanes}
                onChange={(e) => store.getState().setLanes(e.target.checked)}
              />
              Lanes by actor
            </label>
          </div>
          <div className="toolbar-extra">
            <SearchBox focusSignal={searchFocus} />
            {hasSteps && storyStep === null && (
              <button type="button" onClick={() => store.getState().goToStep(0)}>
                Start the story
              </button>
            )}
            <Suspense
              fallback={
                // Same size as the real button, so nothing moves when the menu's code arrives.
                <div className="export-menu">
                  <button type="button" disabled>
                    Download <span aria-hidden="true">▾</span>
                  </button>
                </div>
              }
            >
              <ExportMenu />
            </Suspense>
            {!embed && (
              <button type="button" onClick={() => setEmbedOpen(true)}>
                Embed
              </button>
            )}
            <button type="button" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts">
              ?
            </button>
          </div>
        </div>
      </div>
      <StoryMode />
      <StatusSummary />
      <div ref={trackRef} className="track" hidden={mode !== 'timeline'}>
        {widthPx > 0 && storeWidth > 0 && mode === 'timeline' && (
          <>
            <Timeline widthPx={widthPx} colors={colors} textColors={textColors} />
            <Overview widthPx={widthPx} />
          </>
        )}
      </div>
      {mode === 'list' && <ListView all={printing} />}
      {mode !== 'list' && printing && (
        <div className="print-only">
          <ListView all />
        </div>
      )}
      <EventDetail />
      <Suspense fallback={null}>
        <CampaignChart />
      </Suspense>
      <StoryFooter />
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setEmbedOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
