import { Field } from './Field';
import { ListFieldset } from './ListFieldset';
import { fieldId, useEditor } from './context';
import { blankSource, freeId } from '../blank';
import type { Source } from '../../data/schema';
import type { ListItem } from './useListField';
import { words } from '../words';

const w = words.sources;

function SourceFields({ item }: { item: ListItem<Source> }) {
  const { path, value: source } = item;
  const text = useEditor((s) => s.history.present.texts[source.id] ?? '');
  const setText = useEditor((s) => s.setText);
  const loadId = `${fieldId(path)}-load`;
  const load = async (file: File | undefined) => {
    if (file) setText(source.id, await file.text());
  };
  return (
    <>
      <Field path={`${path}.outlet`} label={w.outlet} help={w.outletHelp} empty="null" />
      <Field path={`${path}.title`} label={w.title} empty="null" />
      <Field
        path={`${path}.date`}
        label={w.date}
        help={w.dateHelp}
        placeholder={w.day}
        empty="null"
      />
      <Field path={`${path}.url`} label={w.url} type="url" empty="null" />
      <Field path={`${path}.description`} label={w.description} help={w.descriptionHelp} />
      <Field path={`${path}.id`} label={w.id} />
      <Field
        path={`texts.${source.id}`}
        label={w.text}
        help={w.textHelp}
        rows={4}
        value={text}
        onChange={(v) => setText(source.id, v)}
      />
      <div className="ed-row">
        <label htmlFor={loadId}>{w.load}</label>
        <input
          id={loadId}
          type="file"
          accept=".txt,.md,text/plain"
          onChange={(e) => void load(e.target.files?.[0])}
        />
      </div>
    </>
  );
}

/** The documents the story quotes, each with its text for the quote check. */
export function SourcesSection() {
  const sources = useEditor((s) => s.history.present.story.sources);
  return (
    <section className="ed-section" aria-labelledby="ed-sources-heading">
      <h2 id="ed-sources-heading">{w.heading}</h2>
      <ListFieldset<Source>
        path="sources"
        legend={w.legend}
        help={w.help}
        min={1}
        blank={() => blankSource(freeId('source', sources))}
        itemLegend={(s) => w.source(s.index + 1, s.value.title)}
        removeLabel={(s) => w.remove(s.index + 1)}
        addLabel={w.add}
      >
        {(item) => <SourceFields item={item} />}
      </ListFieldset>
    </section>
  );
}
