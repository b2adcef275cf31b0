import type { Actor } from '../../data/schema';
import { Field } from './Field';
import { removeAt, replaceAt, withText } from '../ops';

type Person = NonNullable<Actor['people']>[number];

/** The people named for an actor: a name each, and a role if the documents give one. */
export function PeopleFields({
  at,
  actorName,
  people,
  onChange,
}: {
  /** The actor's path: `actors[2]`. */
  at: string;
  /** Names the buttons, as several actors each have theirs. */
  actorName: string;
  people: Person[];
  /** The new list, and the path of what changed: keystrokes in one field make one undo step. */
  onChange: (p: Person[], key: string) => void;
}) {
  // Adding or removing is a step of its own: the list's new length keeps two in a row apart.
  const list = `${at}.people`;
  return (
    <fieldset className="ed-group">
      <legend>People</legend>
      {people.map((p, k) => (
        <fieldset key={k} className="ed-item">
          <legend>Person {k + 1}</legend>
          <Field
            path={`${at}.people[${k}].name`}
            label="Name"
            value={p.name}
            onChange={(name) =>
              onChange(
                replaceAt(people, k, (x) => ({ ...x, name })),
                `${list}[${k}].name`,
              )
            }
          />
          <Field
            path={`${at}.people[${k}].role`}
            label="Role (optional)"
            value={p.role ?? ''}
            onChange={(v) =>
              onChange(
                replaceAt(people, k, (x) => withText(x, 'role', v)),
                `${list}[${k}].role`,
              )
            }
          />
          <button
            type="button"
            onClick={() => onChange(removeAt(people, k), `${list}#${people.length - 1}`)}
          >
            Remove person {k + 1} from {actorName}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => onChange([...people, { name: '' }], `${list}#${people.length + 1}`)}
      >
        Add person to {actorName}
      </button>
    </fieldset>
  );
}
