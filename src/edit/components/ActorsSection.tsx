import { Field, Problems } from './Field';
import { fieldId, useEditor, useProblems } from './context';
import { freeId } from '../blank';
import { removeAt, replaceAt, withList } from '../ops';
import { PeopleFields } from './PeopleFields';
import type { Actor, ActorGroup } from '../../data/schema';

/** Okabe–Ito colours, darkened where needed, for new groups in turn. */
const COLORS = ['#0072B2', '#C0500A', '#00795A', '#B0508C', '#8A6200', '#56708A'];

function GroupRow({ group, i, count }: { group: ActorGroup; i: number; count: number }) {
  const edit = useEditor((s) => s.edit);
  const set = (key: keyof ActorGroup, v: string) =>
    edit(`groups[${i}].${key}`, (s) => ({
      ...s,
      groups: replaceAt(s.groups, i, (g) => ({ ...g, [key]: v })),
    }));
  const name = group.label || `group ${i + 1}`;
  return (
    <fieldset className="ed-item">
      <legend>Group {i + 1}</legend>
      <Field
        path={`groups[${i}].label`}
        label="Name"
        value={group.label}
        onChange={(v) => set('label', v)}
      />
      <Field
        path={`groups[${i}].color`}
        label="Colour"
        type="color"
        value={group.color}
        onChange={(v) => set('color', v)}
      />
      <Field path={`groups[${i}].id`} label="Id" value={group.id} onChange={(v) => set('id', v)} />
      <button
        type="button"
        disabled={count < 2}
        onClick={() => edit('groups', (s) => ({ ...s, groups: removeAt(s.groups, i) }))}
      >
        Remove {name}
      </button>
    </fieldset>
  );
}

function ActorRow({
  actor,
  i,
  groups,
  count,
}: {
  actor: Actor;
  i: number;
  groups: ActorGroup[];
  count: number;
}) {
  const edit = useEditor((s) => s.edit);
  const set = (key: 'name' | 'group' | 'id', v: string) =>
    edit(`actors[${i}].${key}`, (s) => ({
      ...s,
      actors: replaceAt(s.actors, i, (a) => ({ ...a, [key]: v })),
    }));
  const groupPath = `actors[${i}].group`;
  const groupProblems = useProblems(groupPath);
  const groupId = fieldId(groupPath);
  return (
    <fieldset className="ed-item">
      <legend>Actor {i + 1}</legend>
      <Field
        path={`actors[${i}].name`}
        label="Name"
        value={actor.name}
        onChange={(v) => set('name', v)}
      />
      <div className="ed-field">
        <label htmlFor={groupId}>Group</label>
        <select
          id={groupId}
          value={actor.group}
          onChange={(e) => set('group', e.target.value)}
          aria-describedby={groupProblems.length ? `${groupId}-problems` : undefined}
        >
          {!groups.some((g) => g.id === actor.group) && (
            <option value={actor.group}>{actor.group || '(none)'}</option>
          )}
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.label || g.id}
            </option>
          ))}
        </select>
        <Problems id={`${groupId}-problems`} problems={groupProblems} />
      </div>
      <Field path={`actors[${i}].id`} label="Id" value={actor.id} onChange={(v) => set('id', v)} />
      <PeopleFields
        at={`actors[${i}]`}
        actorName={actor.name || `actor ${i + 1}`}
        people={actor.people ?? []}
        onChange={(people, key) =>
          edit(key, (s) => ({
            ...s,
            actors: replaceAt(s.actors, i, (a) => withList(a, 'people', people)),
          }))
        }
      />
      <button
        type="button"
        disabled={count < 2}
        onClick={() => edit('actors', (s) => ({ ...s, actors: removeAt(s.actors, i) }))}
      >
        Remove {actor.name || `actor ${i + 1}`}
      </button>
    </fieldset>
  );
}

/** Groups (the sides, with their colours) and the actors in them. */
export function ActorsSection() {
  const story = useEditor((s) => s.history.present.story);
  const edit = useEditor((s) => s.edit);
  const addGroup = () =>
    edit('groups', (s) => ({
      ...s,
      groups: [
        ...s.groups,
        {
          id: freeId('group', s.groups),
          label: '',
          color: COLORS[s.groups.length % COLORS.length] ?? '#0072B2',
        },
      ],
    }));
  const addActor = () =>
    edit('actors', (s) => ({
      ...s,
      actors: [
        ...s.actors,
        { id: freeId('actor', s.actors), name: '', group: s.groups[0]?.id ?? '' },
      ],
    }));
  return (
    <section className="ed-section" aria-labelledby="ed-actors-heading">
      <h2 id="ed-actors-heading">Actors and groups</h2>
      <p className="ed-help">
        Groups are the sides of the story and give actors their colour; every actor belongs to one.
      </p>
      <h3>Groups</h3>
      {story.groups.map((g, i) => (
        <GroupRow key={i} group={g} i={i} count={story.groups.length} />
      ))}
      <button type="button" onClick={addGroup}>
        Add group
      </button>
      <h3>Actors</h3>
      {story.actors.map((a, i) => (
        <ActorRow key={i} actor={a} i={i} groups={story.groups} count={story.actors.length} />
      ))}
      <button type="button" onClick={addActor}>
        Add actor
      </button>
    </section>
  );
}
