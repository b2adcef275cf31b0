import { Problems } from './Field';
import { useField } from './useField';
import { words } from '../words';

/** A labelled `<select>` bound to its path, with the problems the checks find there. */
export function ChoiceField({
  path,
  label,
  options,
  value,
  onChange,
}: {
  path: string;
  label: string;
  options: { value: string; label: string }[];
  /** For a choice that is not simply the value at `path` (a date's precision)… */
  value?: string;
  /** …and changes more than it. */
  onChange?: (v: string) => void;
}) {
  const field = useField<string>(path);
  const { id, problems } = field;
  const shown = value ?? field.value ?? '';
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={shown}
        onChange={(e) => (onChange ?? field.set)(e.target.value)}
        aria-invalid={problems.some((p) => p.level === 'error') || undefined}
        aria-describedby={problems.length ? `${id}-problems` : undefined}
      >
        {/* A value the list lacks (an unknown actor) stays choosable, so the checks can name it. */}
        {!options.some((o) => o.value === shown) && (
          <option value={shown}>{shown || words.none}</option>
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
