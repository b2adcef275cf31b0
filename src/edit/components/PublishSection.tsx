import { useContext, useState } from 'react';
import { ChecksContext, fieldId, useEditor } from './context';
import { formatJson } from '../formatJson';
import { joinTranslations } from '../translations';
import { downloadBlob } from '../../export/download';
import { words } from '../words';
import type { FieldProblem } from '../checks';
import { WebFolderDownload } from './WebFolderDownload';
import { placeOf } from '../problemWords';

const w = words.publish;

const eventOf = (path: string) => /^events\[(\d+)\]/.exec(path)?.[1];

/** Brings a problem's field into view and focus, opening its event first. */
function useGoTo() {
  const select = useEditor((s) => s.select);
  return (p: FieldProblem) => {
    const i = eventOf(p.path);
    if (i !== undefined) select(Number(i));
    // After the event's form has rendered.
    requestAnimationFrame(() => {
      const el =
        document.getElementById(fieldId(p.path)) ??
        document.getElementById(fieldId(p.path.replace(/\.[^.]*$|\[\d+\]$/, '')));
      el?.focus();
      el?.scrollIntoView({ block: 'center' });
    });
  };
}

function ProblemList({ title, list }: { title: string; list: FieldProblem[] }) {
  const goTo = useGoTo();
  const story = useEditor((s) => s.history.present.story);
  if (!list.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="ed-all-problems">
        {list.map((p) => (
          <li key={`${p.path}\n${p.text}`}>
            <button type="button" className="ed-link" onClick={() => goTo(p)}>
              {placeOf(p.path, story)}
            </button>
            : {p.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The checks' summary, the download, and how to publish what was downloaded. */
export function PublishSection() {
  const checks = useContext(ChecksContext);
  const story = useEditor((s) => s.history.present.story);
  const translations = useEditor((s) => s.history.present.translations);
  const markExported = useEditor((s) => s.markExported);
  const showAll = useEditor((s) => s.showAll);
  const setShowAll = useEditor((s) => s.setShowAll);
  const [file, setFile] = useState('data/my-story.json');
  const [site, setSite] = useState(() => new URL('../', window.location.href).href);
  const errors = checks?.errors ?? [];
  const warnings = checks?.warnings ?? [];
  const storyJson = () => formatJson(joinTranslations(story, translations));
  const download = () => {
    downloadBlob(new Blob([storyJson()], { type: 'application/json' }), 'story.json');
    markExported();
  };
  const base = site.endsWith('/') ? site : `${site}/`;
  const view = `${base}?data=${file}`;
  const embed = `<div\n  data-timeline-embed\n  data-src="${view}"\n  data-title="${w.embedTitle(story.title.replace(/"/g, '&quot;'))}"\n>\n  <a href="${view}">${w.openTimeline}</a>\n</div>\n<script src="${base}embed.js"></script>`;
  return (
    <section className="ed-section" aria-labelledby="ed-publish-heading">
      <h2 id="ed-publish-heading">{w.heading}</h2>
      <p role="status" className="ed-summary">
        {checks?.pending ? words.checkingWhole : errors.length ? w.toFix(errors.length) : w.ready}
        {warnings.length ? ` ${w.toCheck(warnings.length)}` : ''}
      </p>
      {!showAll && errors.length > 0 && (
        <button type="button" onClick={() => setShowAll(true)}>
          {words.showAllProblems}
        </button>
      )}
      <ProblemList title={w.problems} list={errors} />
      <ProblemList title={w.checks} list={warnings} />
      <button
        type="button"
        className="ed-primary"
        disabled={errors.length > 0 || checks?.pending}
        onClick={download}
      >
        {w.download}
      </button>
      <h3>{w.publish}</h3>
      <ol className="ed-steps">
        <li>{w.step1}</li>
        <li>
          <div className="ed-field">
            <label htmlFor="ed-site">{w.site}</label>
            <input id="ed-site" type="url" value={site} onChange={(e) => setSite(e.target.value)} />
          </div>
          <div className="ed-field">
            <label htmlFor="ed-file">{w.file}</label>
            <input id="ed-file" value={file} onChange={(e) => setFile(e.target.value)} />
          </div>
          {w.step2(file)}
        </li>
        <li>
          {w.ownPage} <a href={view}>{view}</a>
        </li>
        <li>
          <label htmlFor="ed-embed">{w.embed}</label>
          <textarea
            id="ed-embed"
            readOnly
            rows={7}
            value={embed}
            onFocus={(e) => e.target.select()}
          />
        </li>
      </ol>
      <WebFolderDownload storyJson={storyJson} title={story.title} disabled={errors.length > 0} />
    </section>
  );
}
