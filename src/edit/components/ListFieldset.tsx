import type { ReactNode } from 'react';
import { Problems } from './Field';
import { fieldId, useProblems } from './context';
import { useListField, type ListItem } from './useListField';

/**
 * A list of the story in a form: each item in its own fieldset with a remove button, the
 * list's own problems ("needs at least two accounts"), and an add button. Every list the
 * editor has (groups, actors, sources, citations, accounts, figures, people, notes…) is one.
 */
export function ListFieldset<T>({
  path,
  legend,
  help,
  optional = false,
  min = 0,
  blank,
  canAdd = true,
  itemLegend,
  removeLabel,
  addLabel,
  children,
}: {
  path: string;
  legend: string;
  help?: ReactNode;
  /** Left out of the story once empty. */
  optional?: boolean;
  /** The fewest items the format allows: the remove buttons wait while there are no more. */
  min?: number;
  /** The item "Add" appends. */
  blank: () => T;
  canAdd?: boolean;
  itemLegend: (item: ListItem<T>) => string;
  removeLabel: (item: ListItem<T>) => string;
  addLabel: string;
  children: (item: ListItem<T>) => ReactNode;
}) {
  const list = useListField<T>(path, { optional });
  const problems = useProblems(path);
  return (
    <fieldset className="ed-group">
      <legend>{legend}</legend>
      {help && <p className="ed-help">{help}</p>}
      {list.items.map((item) => (
        <fieldset key={item.key} className="ed-item">
          <legend>{itemLegend(item)}</legend>
          {children(item)}
          <button
            type="button"
            disabled={list.items.length <= min}
            onClick={() => list.remove(item.index)}
          >
            {removeLabel(item)}
          </button>
        </fieldset>
      ))}
      <Problems id={`${fieldId(path)}-problems`} problems={problems} />
      <button type="button" disabled={!canAdd} onClick={() => list.add(blank())}>
        {addLabel}
      </button>
    </fieldset>
  );
}
