import type { ReactNode } from 'react';
import type { FieldProblem } from '../checks';
import { fieldId, useProblems } from './context';

/** The problems at a field, in the checks' own words; linked to it by `aria-describedby`. */
export function Problems({ id, problems }: { id: string; problems: FieldProblem[] }) {
  if (!problems.length) return null;
  return (
    <ul className="ed-problems" id={id}>
      {problems.map((p, i) => (
        <li key={i} className={`ed-problem-${p.level}`}>
          <span className="ed-problem-kind">{p.level === 'error' ? 'Error' : 'Quote check'}:</span>{' '}
          {p.text}
        </li>
      ))}
    </ul>
  );
}

interface FieldProps {
  /** The JSON path the validator names: `events[0].title`. */
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A textarea with this many rows; else one line. */
  rows?: number;
  type?: 'text' | 'url' | 'color';
  placeholder?: string;
  /** A line under the label saying what goes here. */
  help?: ReactNode;
  required?: boolean;
  /** Problems at other paths shown here too (a date's object-level problems). */
  also?: string[];
  /** The language of what is typed, when it is not the page's (a translation). */
  lang?: string;
}

/** A labelled text field that shows the problems the checks find at its path. */
export function Field({
  path,
  label,
  value,
  onChange,
  rows,
  type = 'text',
  placeholder,
  help,
  required,
  also = [],
  lang,
}: FieldProps) {
  const own = useProblems(path);
  const more = useProblems(also[0] ?? '\0');
  const problems = also.length ? [...own, ...more] : own;
  const id = fieldId(path);
  const problemsId = `${id}-problems`;
  const helpId = `${id}-help`;
  const describedBy = [help ? helpId : '', problems.length ? problemsId : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    placeholder,
    required,
    lang,
    'aria-invalid': problems.some((p) => p.level === 'error') || undefined,
    'aria-describedby': describedBy || undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
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
