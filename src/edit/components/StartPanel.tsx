import { useState, type DragEvent } from 'react';
import { fieldId, useEditor, useEditorStore } from './context';
import { blankStory } from '../blank';
import { splitTranslations } from '../translations';
import { openAsDraft } from '../openAsDraft';
import { listDrafts } from '../drafts';
import { DamagedDraft } from './DamagedDraft';
import { words } from '../words';
import { formatIssue, type StoryIssue } from '../../data/issues';
import { importBundledStory } from '../../data/bundled';

/** The lines an import or a check printed, as the CLI prints them. */
export function ReportLines({ title, lines }: { title: string; lines: StoryIssue[] }) {
  if (!lines.length) return null;
  return (
    <div className="ed-report">
      <h3>{title}</h3>
      <ul>
        {lines.map((l, i) => (
          <li key={i}>{formatIssue(l)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Where a story starts: empty, the bundled one, a file of ours or a TimelineJS file; or a saved draft. */
export function StartPanel({
  onReport,
}: {
  onReport: (title: string, lines: StoryIssue[]) => void;
}) {
  const store = useEditorStore();
  const start = useEditor((s) => s.start);
  const [refused, setRefused] = useState<{ file: string; lines: StoryIssue[] } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const reading = useEditor((s) => s.reading);
  // The list is read from storage on each render; a damaged draft deleted re-renders it.
  useEditor((s) => s.damaged);
  const drafts = listDrafts(store.getState().storage);
  const w = words.start;
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setOpening(file.name);
    const opened = await openAsDraft(file, store);
    if (!opened.ok) {
      setOpening(null);
      setRefused({ file: file.name, lines: opened.report });
      return;
    }
    onReport(
      opened.from === 'timelinejs'
        ? w.imported(opened.report.length)
        : w.problemsIn(file.name, opened.report.length),
      opened.report,
    );
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void openFile(e.dataTransfer.files[0]);
  };
  return (
    <section className="ed-start" aria-labelledby="ed-start-heading">
      <h2 id="ed-start-heading">{w.heading}</h2>
      <DamagedDraft />
      <p>{w.intro}</p>
      <div className="ed-row">
        <button
          type="button"
          className="ed-primary"
          onClick={() => {
            const shown = start(blankStory(), words.newStory);
            // Nothing typed yet: its problems show field by field, as they are met.
            store.getState().setShowAll(false);
            // The writing starts at the headline (the start screen, and its button, are gone).
            void shown.then(() =>
              requestAnimationFrame(() => document.getElementById(fieldId('title'))?.focus()),
            );
          }}
        >
          {w.empty}
        </button>
        <button
          type="button"
          onClick={() =>
            void importBundledStory().then((file) => {
              const { story, translations } = splitTranslations(structuredClone(file));
              start(story, story.title, translations);
            })
          }
        >
          {w.bundled}
        </button>
      </div>
      <div
        className={`ed-drop${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="ed-open-file">{w.openFile}</label>
        <input
          id="ed-open-file"
          type="file"
          accept=".json,.csv,.tsv,application/json,text/csv"
          onChange={(e) => void openFile(e.target.files?.[0])}
        />
        <p className="ed-help">{w.drop}</p>
        <p role="status" className="ed-help">
          {(opening ?? reading) !== null && words.opening(opening ?? reading ?? '')}
        </p>
      </div>
      {refused && <ReportLines title={w.notOpened(refused.file)} lines={refused.lines} />}
      {drafts.length > 0 && (
        <>
          <h3>{w.drafts}</h3>
          <ul className="ed-drafts">
            {drafts.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="ed-link"
                  onClick={() => {
                    void store.getState().openStored(d.id);
                  }}
                >
                  {d.name || words.untitled}
                </button>{' '}
                <span className="ed-help">{w.savedAt(new Date(d.updatedAt).toLocaleString())}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
