import { FigureSchema, type Actor, type Figure, type Source } from '../../data/schema';
import { Field } from './Field';
import { SourceSelect } from './CitationsFields';
import { ChoiceField } from './ChoiceField';
import { ValueField } from './ValueField';

const METRICS: { value: Figure['metric']; label: string }[] = [
  { value: 'exchanges', label: 'Exchanges' },
  { value: 'accounts', label: 'Accounts' },
];

const QUALIFIER_LABELS: Record<Figure['qualifier'], string> = {
  exact: 'Exact',
  over: 'Over',
  about: 'About (our word)',
  roughly: 'Roughly (the document’s word)',
  nearly: 'Nearly (the document’s word)',
  'not-disclosed': 'Not disclosed',
};
const QUALIFIERS = FigureSchema.shape.qualifier.options;

/** One figure's fields: what is counted, whose number, the value, and the quote giving it. */
export function FigureItem({
  path,
  f,
  j,
  actors,
  sources,
  onChange,
  onRemove,
}: {
  path: string;
  f: Figure;
  j: number;
  actors: Actor[];
  sources: Source[];
  /** The changed figure, and the path of the field changed (one undo step per field). */
  onChange: (f: Figure, key: string) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset className="ed-item">
      <legend>Figure {j + 1}</legend>
      <ChoiceField
        path={`${path}.metric`}
        label="What is counted"
        value={f.metric}
        options={METRICS}
        onChange={(metric) => onChange({ ...f, metric }, `${path}.metric`)}
      />
      <ChoiceField
        path={`${path}.actor`}
        label="Whose number"
        value={f.actor}
        options={actors.map((a) => ({ value: a.id, label: a.name || a.id }))}
        onChange={(actor) => onChange({ ...f, actor }, `${path}.actor`)}
      />
      <ValueField
        path={`${path}.value`}
        value={f.value}
        onChange={(value) => onChange({ ...f, value }, `${path}.value`)}
      />
      <ChoiceField
        path={`${path}.qualifier`}
        label="Qualifier"
        value={f.qualifier}
        options={QUALIFIERS.map((q) => ({ value: q, label: QUALIFIER_LABELS[q] }))}
        onChange={(qualifier) => onChange({ ...f, qualifier }, `${path}.qualifier`)}
      />
      <SourceSelect
        path={`${path}.citation.source`}
        label="Cited source"
        value={f.citation.source}
        sources={sources}
        onChange={(source) =>
          onChange({ ...f, citation: { ...f.citation, source } }, `${path}.citation.source`)
        }
      />
      <Field
        path={`${path}.citation.quote`}
        label="Quote giving the number"
        help="Copied word for word from the source."
        rows={2}
        value={f.citation.quote}
        onChange={(quote) =>
          onChange({ ...f, citation: { ...f.citation, quote } }, `${path}.citation.quote`)
        }
      />
      <button type="button" onClick={onRemove}>
        Remove figure {j + 1}
      </button>
    </fieldset>
  );
}
