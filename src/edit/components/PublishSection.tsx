import { useContext, useState } from 'react';
import { ChecksContext, fieldId, useEditor } from './context';
import { formatJson } from '../formatJson';
import { joinTranslations } from '../translations';
import { downloadBlob } from '../../export/download';
import { words } from '../words';
import type { FieldProblem } from '../checks';

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
  if (!list.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="ed-all-problems">
        {list.map((p, i) => (
          <li key={i}>
            <button type="button" className="ed-link" onClick={() => goTo(p)}>
              {p.path}
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
  const download = () => {
    downloadBlob(
      new Blob([formatJson(joinTranslations(story, translations))], { type: 'application/json' }),
      'story.json',
    );
    markExported();
  };
  const base = site.endsWith('/') ? site : `${site}/`;
  const view = `${base}?data=${file}`;
  const embed = `<div\n  data-timeline-embed\n  data-src="${view}"\n  data-title="Timeline: ${story.title.replace(/"/g, '&quot;')}"\n>\n  <a href="${view}">Open the interactive timeline</a>\n</div>\n<script src="${base}embed.js"></script>`;
  return (
    <section className="ed-section" aria-labelledby="ed-publish-heading">
      <h2 id="ed-publish-heading">Check and publish</h2>
      <p role="status" className="ed-summary">
        {checks?.pending
          ? words.checkingWhole
          : errors.length
            ? `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} to fix before the story can be downloaded.`
            : 'No problems: the story can be downloaded.'}
        {warnings.length
          ? ` The quote check flags ${warnings.length} ${warnings.length === 1 ? 'quote' : 'quotes'}.`
          : ''}
      </p>
      {!showAll && errors.length > 0 && (
        <button type="button" onClick={() => setShowAll(true)}>
          {words.showAllProblems}
        </button>
      )}
      <ProblemList title="Problems" list={errors} />
      <ProblemList title="Quote check" list={warnings} />
      <button
        type="button"
        className="ed-primary"
        disabled={errors.length > 0 || checks?.pending}
        onClick={download}
      >
        Download story.json
      </button>
      <h3>Publish it</h3>
      <ol className="ed-steps">
        <li>
          Download story.json (checked, and formatted as <code>npm run format</code> would).
        </li>
        <li>
          <div className="ed-field">
            <label htmlFor="ed-site">Where the timeline is published</label>
            <input id="ed-site" type="url" value={site} onChange={(e) => setSite(e.target.value)} />
          </div>
          <div className="ed-field">
            <label htmlFor="ed-file">Where the story goes in that folder</label>
            <input id="ed-file" value={file} onChange={(e) => setFile(e.target.value)} />
          </div>
          Put the file there, beside the timeline's <code>index.html</code>, on the same site
          (stories from other sites need the build option <code>VITE_STORY_ORIGINS</code>). In the
          project you can check it again with <code>npm run validate -- {file}</code>.
        </li>
        <li>
          The story's own page: <a href={view}>{view}</a>
        </li>
        <li>
          <label htmlFor="ed-embed">Embed code for an article</label>
          <textarea
            id="ed-embed"
            readOnly
            rows={7}
            value={embed}
            onFocus={(e) => e.target.select()}
          />
        </li>
      </ol>
    </section>
  );
}
