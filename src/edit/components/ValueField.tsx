import { useState } from 'react';
import { Field } from './Field';
import { parseFigureValue, sameValue } from '../figureValue';

/**
 * The number as typed. The typed text is kept while it means the stored value ("25,000",
 * "1e"), and replaced by the stored value when that changes elsewhere (undo, redo).
 */
export function ValueField({
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
