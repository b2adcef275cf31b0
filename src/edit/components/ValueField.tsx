import { useState } from 'react';
import { Field } from './Field';
import { useField } from './useField';
import { parseFigureValue, sameValue } from '../figureValue';
import { words } from '../words';

/**
 * The number as typed. The typed text is kept while it means the stored value ("25,000",
 * "1e"), and replaced by the stored value when that changes elsewhere (undo, redo).
 */
export function ValueField({ path }: { path: string }) {
  const field = useField<number | null>(path);
  const value = field.value ?? null;
  const [typed, setTyped] = useState(value === null ? '' : String(value));
  const shown = sameValue(parseFigureValue(typed), value)
    ? typed
    : value === null
      ? ''
      : String(value);
  return (
    <Field
      path={path}
      label={words.figures.value}
      help={words.figures.valueHelp}
      value={shown}
      onChange={(v) => {
        setTyped(v);
        field.set(parseFigureValue(v));
      }}
    />
  );
}
