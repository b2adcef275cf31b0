import type { ReactNode } from 'react';
import type { FieldProblem } from '../checks';
import { storedText, type EmptyAs } from '../path';
import { useProblems } from './context';
import { useField } from './useField';
import { words } from '../words';

/** The problems at a field, in the editor's words; linked to it by `aria-describedby`. */
export function Problems({ id, problems }: { id: string; problems: FieldProblem[] }) {
  if (!problems.length) return null;
  return (
    <ul className="ed-problems" id={id}>
      {problems.map((p) => (
        <li key={`${p.level}:${p.text}`} className={`ed-problem-${p.level}`}>
          <span className="ed-problem-kind">{words.problemKind[p.level]}:</span> {p.text}
        </li>
      ))}
    </ul>
  );
}

interface FieldProps {
  /** The JSON path the validator names: `events[0].title`; the field reads and writes there. */
  path: string;
  label: string;
  /** For a text kept outside the story (a translation, a source's text): shown as given… */
  value?: string;
  /** …and changed through this instead of at `path`. */
  onChange?: (value: string) => void;
  /** How an empty field is stored (default: as an empty text). */
  empty?: EmptyAs;
  /** What is stored for the typed text, where it is not a text (a size in pixels). */
  parse?: (text: string) => unknown;
  /** A textarea with this many rows; else one line. */
  rows?: number;
  type?: 'text' | 'url' | 'color';
  placeholder?: string;
  /** A line under the label saying what goes here. */
  help?: ReactNode;
  required?: boolean;
  /** Problems at another path shown here too (a date's object-level problems). */
  also?: string;
  /** The language of what is typed, when it is not the page's (a translation). */
  lang?: string;
}

/** A labelled text field bound to its path, showing the problems the checks find there. */
export function Field({
  path,
  label,
  value,
  onChange,
  empty = 'text',
  parse,
  rows,
  type = 'text',
  placeholder,
  help,
  required,
  also,
  lang,
}: FieldProps) {
  const field = useField<unknown>(path);
  const more = useProblems(also ?? '\0');
  const problems = also ? [...field.problems, ...more] : field.problems;
  const stored = field.value;
  const shown =
    value ?? (typeof stored === 'string' || typeof stored === 'number' ? String(stored) : '');
  const change = onChange ?? ((v: string) => field.set(parse ? parse(v) : storedText(v, empty)));
  const { id } = field;
  const problemsId = `${id}-problems`;
  const helpId = `${id}-help`;
  const describedBy = [help ? helpId : '', problems.length ? problemsId : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value: shown,
    placeholder,
    required,
    lang,
    'aria-invalid': problems.some((p) => p.level === 'error') || undefined,
    'aria-describedby': describedBy || undefined,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
  };
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      {help && (
        <p className="ed-help" id={helpId}>
          {help}
        </p>
      )}
      {rows ? <textarea rows={rows} {...common} /> : <input type={type} {...common} />}
      <Problems id={problemsId} problems={problems} />
    </div>
  );
}
