import { Problems } from './Field';
import { fieldId, useProblems } from './context';

/** A labelled `<select>` with the problems the checks find at its path. */
export function ChoiceField<T extends string>({
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
