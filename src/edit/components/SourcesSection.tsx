import { Field } from './Field';
import { fieldId, useEditor } from './context';
import { blankSource, freeId } from '../blank';
import { orNull, removeAt, replaceAt } from '../ops';
import type { Source } from '../../data/schema';

type NullableKey = 'outlet' | 'title' | 'date' | 'url';

function SourceItem({ source, i, count }: { source: Source; i: number; count: number }) {
  const edit = useEditor((s) => s.edit);
  const text = useEditor((s) => s.history.present.texts[source.id] ?? '');
  const setText = useEditor((s) => s.setText);
  const set = (key: 'id' | 'description', v: string) =>
    edit(`sources[${i}].${key}`, (s) => ({
      ...s,
      sources: replaceAt(s.sources, i, (x) => ({ ...x, [key]: v })),
    }));
  const setOptional = (key: NullableKey, v: string) =>
    edit(`sources[${i}].${key}`, (s) => ({
      ...s,
      sources: replaceAt(s.sources, i, (x) => ({ ...x, [key]: orNull(v) })),
    }));
  const loadId = `${fieldId(`sources[${i}]`)}-load`;
  const load = async (file: File | undefined) => {
    if (file) setText(source.id, await file.text());
  };
  return (
    <fieldset className="ed-item">
      <legend>
        Source {i + 1}
        {source.title ? `: ${source.title}` : ''}
      </legend>
      <Field
        path={`sources[${i}].outlet`}
        label="Outlet"
        help="Leave empty when the document names none."
        value={source.outlet ?? ''}
        onChange={(v) => setOptional('outlet', v)}
      />
      <Field
        path={`sources[${i}].title`}
        label="Title"
        value={source.title ?? ''}
        onChange={(v) => setOptional('title', v)}
      />
      <Field
        path={`sources[${i}].date`}
        label="Date"
        help="YYYY-MM-DD; empty when undated."
        placeholder="YYYY-MM-DD"
        value={source.date ?? ''}
        onChange={(v) => setOptional('date', v)}
      />
      <Field
        path={`sources[${i}].url`}
        label="URL"
        type="url"
        value={source.url ?? ''}
        onChange={(v) => setOptional('url', v)}
      />
      <Field
        path={`sources[${i}].description`}
        label="Description"
        help="Our one line about the document."
        value={source.description}
        onChange={(v) => set('description', v)}
      />
      <Field
        path={`sources[${i}].id`}
        label="Id"
        value={source.id}
        onChange={(v) => set('id', v)}
      />
      <Field
        path={`texts.${source.id}`}
        label="Text of the document, for the quote check"
        help="Paste the document's text (it stays in this browser and is not exported): every quote citing this source must appear in it word for word."
        rows={4}
        value={text}
        onChange={(v) => setText(source.id, v)}
      />
      <div className="ed-row">
        <label htmlFor={loadId}>Load the text from a file</label>
        <input
          id={loadId}
          type="file"
          accept=".txt,.md,text/plain"
          onChange={(e) => void load(e.target.files?.[0])}
        />
      </div>
      <button
        type="button"
        disabled={count < 2}
        onClick={() => edit('sources', (s) => ({ ...s, sources: removeAt(s.sources, i) }))}
      >
        Remove source {i + 1}
      </button>
    </fieldset>
  );
}

/** The documents the story quotes, each with its text for the quote check. */
export function SourcesSection() {
  const sources = useEditor((s) => s.history.present.story.sources);
  const edit = useEditor((s) => s.edit);
  return (
    <section className="ed-section" aria-labelledby="ed-sources-heading">
      <h2 id="ed-sources-heading">Sources</h2>
      <p className="ed-help">Describe each document only by what it says about itself.</p>
      {sources.map((s, i) => (
        <SourceItem key={i} source={s} i={i} count={sources.length} />
      ))}
      <button
        type="button"
        onClick={() =>
          edit('sources', (s) => ({
            ...s,
            sources: [...s.sources, blankSource(freeId('source', s.sources))],
          }))
        }
      >
        Add source
      </button>
    </section>
  );
}
