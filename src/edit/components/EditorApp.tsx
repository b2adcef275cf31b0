import { useEffect, useState } from 'react';
import { ChecksContext, ClaimContext, EditorContext, useEditor } from './context';
import type { TabClaim } from '../tabClaim';
import { OtherTab } from './OtherTab';
import { useDraftChecks } from './useDraftChecks';
import type { EditorStore } from '../store';
import type { StoryIssue } from '../../data/issues';
import { StartPanel, ReportLines } from './StartPanel';
import { Toolbar } from './Toolbar';
import { StorySection } from './StorySection';
import { ActorsSection } from './ActorsSection';
import { SourcesSection } from './SourcesSection';
import { EventsSection } from './EventsSection';
import { NotesSection } from './NotesSection';
import { PublishSection } from './PublishSection';
import { TranslationsSection } from './TranslationsSection';
import { PreviewPane } from './PreviewPane';
import { EditorBoundary } from './EditorBoundary';
import { SkipList } from './SkipList';

/** Asks before the page is left while changes are not downloaded. */
function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onLeave = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the dialog only with a returnValue set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [active]);
}

/** Ctrl/⌘+Z and Ctrl/⌘+Shift+Z (or Ctrl+Y) outside text fields, where the browser's own undo works. */
function useUndoKeys(store: EditorStore) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const t = e.target as HTMLElement | null;
      if (t?.closest('input, textarea, select')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.getState().redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}

function Workspace() {
  const story = useEditor((s) => s.history.present.story);
  const texts = useEditor((s) => s.history.present.texts);
  const translations = useEditor((s) => s.history.present.translations);
  const showing = useEditor((s) => s.tab !== 'editing');
  const touch = useEditor((s) => s.touch);
  const onTouch = (e: { target: EventTarget }) => {
    if (e.target instanceof HTMLElement && e.target.id.startsWith('f-')) touch(e.target.id);
  };
  const checks = useDraftChecks(story, texts, translations);
  return (
    <ChecksContext.Provider value={checks}>
      <div className="ed-workspace">
        {/* A field counts as touched once typed in or left: its problems show from then on. */}
        <div className="ed-forms" onInput={onTouch} onBlur={onTouch}>
          <nav aria-label="Sections" className="ed-nav">
            <a href="#ed-story-heading">Story</a> <a href="#ed-actors-heading">Actors</a>{' '}
            <a href="#ed-sources-heading">Sources</a> <a href="#ed-events-heading">Events</a>{' '}
            <a href="#ed-notes-heading">Notes and steps</a>{' '}
            <a href="#ed-translations-heading">Translations</a>{' '}
            <a href="#ed-publish-heading">Check and publish</a>{' '}
            <a href="#ed-preview-heading">Preview</a>
          </nav>
          {/* A tab that only shows the draft shows its fields read-only; it may still download. */}
          <fieldset className="ed-lockable" disabled={showing}>
            <StorySection />
            <ActorsSection />
            <SourcesSection />
            <EventsSection />
            <NotesSection />
            <TranslationsSection />
          </fieldset>
          <PublishSection />
        </div>
        <PreviewPane />
      </div>
    </ChecksContext.Provider>
  );
}

function Editor({ store }: { store: EditorStore }) {
  const draftId = useEditor((s) => s.draftId);
  const exported = useEditor((s) => s.exported);
  const changed = useEditor((s) => s.history.past.length > 0);
  const [report, setReport] = useState<{ title: string; lines: StoryIssue[] } | null>(null);
  useLeaveWarning(draftId !== null && !exported && changed);
  useUndoKeys(store);
  return (
    <>
      <header className="ed-header" aria-label="Editor">
        {draftId && <SkipList />}
        <h1>Story editor</h1>
        {draftId && <Toolbar />}
      </header>
      <main className="ed-main" aria-label="Story editor">
        {draftId === null ? (
          <StartPanel onReport={(title, lines) => setReport({ title, lines })} />
        ) : (
          <>
            <OtherTab />
            {report && report.lines.length > 0 && (
              <div className="ed-report-box">
                <ReportLines title={report.title} lines={report.lines} />
                <button type="button" onClick={() => setReport(null)}>
                  Hide this report
                </button>
              </div>
            )}
            {/* Another draft starts its checks afresh. */}
            <Workspace key={draftId} />
          </>
        )}
      </main>
    </>
  );
}

/** The story editor: a start screen, or the open draft's forms beside its preview. */
export function EditorApp({
  store,
  claim = null,
}: {
  store: EditorStore;
  claim?: TabClaim | null;
}) {
  return (
    <EditorContext.Provider value={store}>
      <ClaimContext.Provider value={claim}>
        <EditorBoundary store={store}>
          <Editor store={store} />
        </EditorBoundary>
      </ClaimContext.Provider>
    </EditorContext.Provider>
  );
}
