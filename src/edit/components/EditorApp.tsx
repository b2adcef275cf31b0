import { useEffect, useMemo, useState } from 'react';
import { ChecksContext, ClaimContext, EditorContext, useEditor } from './context';
import type { TabClaim } from '../tabClaim';
import { OtherTab } from './OtherTab';
import type { ImageSites } from '../checks';
import { words } from '../words';
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

/** Where the published page will be (one folder up), and the image sites its build lists. */
const SITES: ImageSites = {
  readerUrl: new URL('../', window.location.href).href,
  origins: (import.meta.env.VITE_MEDIA_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
};

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

/**
 * A text box outside the story (the draft's name, where to publish): its own typing is the
 * browser's to undo. The story's fields have ids from their paths (`f-…`).
 */
const isOwnTextBox = (t: EventTarget | null) =>
  t instanceof HTMLElement && !!t.closest('input, textarea') && !t.id.startsWith('f-');

/**
 * One undo everywhere: Ctrl/⌘+Z and Ctrl/⌘+Shift+Z (or Ctrl+Y), and the browser's own Undo and
 * Redo (its menu, a phone's shake), step through the editor's history, in a field as outside
 * one; the browser's separate undo inside a field would disagree with the Undo button.
 */
function useUndoKeys(store: EditorStore) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isOwnTextBox(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.getState().redo();
      else return;
      e.preventDefault();
    };
    const onInput = (e: InputEvent) => {
      if (isOwnTextBox(e.target)) return;
      if (e.inputType === 'historyUndo') store.getState().undo();
      else if (e.inputType === 'historyRedo') store.getState().redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('beforeinput', onInput);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('beforeinput', onInput);
    };
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
  // Below the width where forms and preview sit side by side, one shows at a time.
  const [previewFirst, setPreviewFirst] = useState(false);
  const checks = useDraftChecks(story, texts, translations, SITES);
  // The same elements on every keystroke: React then renders again only the parts that read
  // what changed (their own selectors, or the checks), not every section of a 5,000-event story.
  const sections = useMemo(
    () => (
      <>
        <StorySection />
        <ActorsSection />
        <SourcesSection />
        <EventsSection />
        <NotesSection />
        <TranslationsSection />
      </>
    ),
    [],
  );
  const publish = useMemo(() => <PublishSection />, []);
  const preview = useMemo(() => <PreviewPane />, []);
  return (
    <ChecksContext.Provider value={checks}>
      <button
        type="button"
        className="ed-preview-switch"
        aria-controls="ed-preview"
        aria-expanded={previewFirst}
        onClick={() => setPreviewFirst(!previewFirst)}
      >
        {previewFirst ? words.preview.back : words.preview.show}
      </button>
      <div className={`ed-workspace${previewFirst ? ' is-preview-first' : ''}`}>
        {/* A field counts as touched once typed in or left: its problems show from then on. */}
        <div className="ed-forms" onInput={onTouch} onBlur={onTouch}>
          <nav aria-label={words.app.sections} className="ed-nav">
            {Object.entries(words.app.nav).map(([id, name]) => (
              <a key={id} href={`#ed-${id}-heading`}>
                {name}
              </a>
            ))}
          </nav>
          {/* A tab that only shows the draft shows its fields read-only; it may still download. */}
          <fieldset className="ed-lockable" disabled={showing}>
            {sections}
          </fieldset>
          {publish}
        </div>
        {preview}
      </div>
    </ChecksContext.Provider>
  );
}

function Editor({ store }: { store: EditorStore }) {
  // A story just opened shows once its first save is committed (`durable`): until then the
  // start screen stays, saying it is opening.
  const draftId = useEditor((s) => (s.durable ? s.draftId : null));
  const exported = useEditor((s) => s.exported);
  const changed = useEditor((s) => s.history.past.length > 0);
  const [report, setReport] = useState<{ title: string; lines: StoryIssue[] } | null>(null);
  useLeaveWarning(draftId !== null && !exported && changed);
  useUndoKeys(store);
  return (
    <>
      <header className="ed-header" aria-label={words.app.header}>
        {draftId && <SkipList />}
        <h1>{words.app.title}</h1>
        {draftId && <Toolbar />}
      </header>
      <main className="ed-main" aria-label={words.app.title}>
        {draftId === null ? (
          <StartPanel onReport={(title, lines) => setReport({ title, lines })} />
        ) : (
          <>
            <OtherTab />
            {report && report.lines.length > 0 && (
              <div className="ed-report-box">
                <ReportLines title={report.title} lines={report.lines} />
                <button type="button" onClick={() => setReport(null)}>
                  {words.app.hideReport}
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
