import type { Actor, Figure, Source } from '../../data/schema';
import { FigureItem } from './FigureItem';
import { removeAt, replaceAt } from '../ops';

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
