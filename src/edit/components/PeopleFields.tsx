import type { Actor } from '../../data/schema';
import { Field } from './Field';
import { ListFieldset } from './ListFieldset';
import { words } from '../words';

type Person = NonNullable<Actor['people']>[number];
const w = words.people;

/** The people named for an actor: a name each, and a role if the documents give one. */
export function PeopleFields({
  at,
  actorName,
}: {
  /** The actor's path: `actors[2]`. */
  at: string;
  /** Names the buttons, as several actors each have theirs. */
  actorName: string;
}) {
  return (
    <ListFieldset<Person>
      path={`${at}.people`}
      optional
      legend={w.legend}
      blank={() => ({ name: '' })}
      itemLegend={(p) => w.person(p.index + 1)}
      removeLabel={(p) => w.remove(p.index + 1, actorName)}
      addLabel={w.add(actorName)}
    >
      {(p) => (
        <>
          <Field path={`${p.path}.name`} label={w.name} />
          <Field path={`${p.path}.role`} label={w.role} empty="omit" />
        </>
      )}
    </ListFieldset>
  );
}
