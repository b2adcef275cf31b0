import { useState } from 'react';
import { FigureSchema, type Actor, type Figure, type Source } from '../../data/schema';
import { Field, Problems } from './Field';
import { SourceSelect } from './CitationsFields';
import { fieldId, useProblems } from './context';
import { removeAt, replaceAt } from '../ops';

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

/**
 * What the value box holds as a number: empty is `null` (no document gives it), and thousands
 * separators are dropped so "25,000" reads as written. Anything else is NaN, which the schema
 * rejects at the field, so a typo blocks the download instead of being silently dropped.
 */
export function parseFigureValue(text: string): number | null {
  const plain = text.replace(/[\s,_]/g, '');
  return plain === '' ? null : Number(plain);
}

const sameValue = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Number.isNaN(a) && Number.isNaN(b));

/**
 * The number as typed. The typed text is kept while it means the stored value ("25,000",
 * "1e"), and replaced by the stored value when that changes elsewhere (undo, redo).
 */
function ValueField({
  path,
  value,
  onChange,
}: {
  path: string;
  value: number | null;
  onChange: (v: number | null) => void;
}) {
  const [typed, setTyped] = useState(value === null ? '' : String(value));
  const shown = sameValue(parseFigureValue(typed), value)
    ? typed
    : value === null
      ? ''
      : String(value);
  return (
    <Field
      path={path}
      label="Value"
      help="The number in digits. Leave it empty when no document gives it, and choose “Not disclosed”."
      value={shown}
      onChange={(v) => {
        setTyped(v);
        onChange(parseFigureValue(v));
      }}
    />
  );
}

function ChoiceField<T extends string>({
  path,
  label,
  value,
  options,
  onChange,
}: {
  path: string;
  label: string;
  value: T;
  options: { value: string; label: string }[];
  onChange: (v: T) => void;
}) {
  const id = fieldId(path);
  const problems = useProblems(path);
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        aria-describedby={problems.length ? `${id}-problems` : undefined}
      >
        {/* A value the list lacks (an unknown actor) stays choosable, so the checks can name it. */}
        {!options.some((o) => o.value === value) && (
          <option value={value}>{value || '(none)'}</option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Problems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

function FigureItem({
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

/** An event's figures: a number (or its absence) about an actor, with the words that give it. */
export function FiguresFields({
  at,
  figures,
  actors,
  sources,
  onChange,
}: {
  at: string;
  figures: Figure[];
  actors: Actor[];
  sources: Source[];
  /** The new list, and the path of what changed: keystrokes in one field make one undo step. */
  onChange: (f: Figure[], key: string) => void;
}) {
  // Adding or removing is a step of its own: the list's new length keeps two in a row apart.
  const list = `${at}.figures`;
  // A new figure starts undisclosed: the one state that is valid without a number, so no 0
  // is ever written for the editor.
  const blank = (): Figure => ({
    metric: 'exchanges',
    actor: actors[0]?.id ?? '',
    value: null,
    qualifier: 'not-disclosed',
    citation: { source: sources[0]?.id ?? '', quote: '' },
  });
  return (
    <fieldset className="ed-group">
      <legend>Figures</legend>
      <p className="ed-help">
        Numbers the documents give about this event, such as a campaign’s size.
      </p>
      {figures.map((f, j) => (
        <FigureItem
          key={j}
          path={`${at}.figures[${j}]`}
          f={f}
          j={j}
          actors={actors}
          sources={sources}
          onChange={(next, key) =>
            onChange(
              replaceAt(figures, j, () => next),
              key,
            )
          }
          onRemove={() => onChange(removeAt(figures, j), `${list}#${figures.length - 1}`)}
        />
      ))}
      <button
        type="button"
        onClick={() => onChange([...figures, blank()], `${list}#${figures.length + 1}`)}
      >
        Add figure
      </button>
    </fieldset>
  );
}
