import { Field } from './Field';
import { ChoiceField } from './ChoiceField';
import { ListFieldset } from './ListFieldset';
import { useEditor } from './context';
import { freeId } from '../blank';
import { PeopleFields } from './PeopleFields';
import type { Actor, ActorGroup } from '../../data/schema';
import { words } from '../words';

const w = words.actors;

/** Okabe–Ito colours, darkened where needed, for new groups in turn. */
const COLORS = ['#0072B2', '#C0500A', '#00795A', '#B0508C', '#8A6200', '#56708A'];

/** Groups (the sides, with their colours) and the actors in them. */
export function ActorsSection() {
  const groups = useEditor((s) => s.history.present.story.groups);
  const actors = useEditor((s) => s.history.present.story.actors);
  return (
    <section className="ed-section" aria-labelledby="ed-actors-heading">
      <h2 id="ed-actors-heading">{w.heading}</h2>
      <p className="ed-help">{w.help}</p>
      <ListFieldset<ActorGroup>
        path="groups"
        legend={w.groups}
        min={1}
        blank={() => ({
          id: freeId('group', groups),
          label: '',
          color: COLORS[groups.length % COLORS.length] ?? '#0072B2',
        })}
        itemLegend={(g) => w.group(g.index + 1)}
        removeLabel={(g) => w.remove(g.value.label || w.groupName(g.index + 1))}
        addLabel={w.addGroup}
      >
        {(g) => (
          <>
            <Field path={`${g.path}.label`} label={w.name} />
            <Field path={`${g.path}.color`} label={w.colour} type="color" />
            <Field path={`${g.path}.id`} label={w.id} />
          </>
        )}
      </ListFieldset>
      <ListFieldset<Actor>
        path="actors"
        legend={w.actors}
        min={1}
        blank={() => ({ id: freeId('actor', actors), name: '', group: groups[0]?.id ?? '' })}
        itemLegend={(a) => w.actor(a.index + 1)}
        removeLabel={(a) => w.remove(a.value.name || w.actorName(a.index + 1))}
        addLabel={w.addActor}
      >
        {(a) => (
          <>
            <Field path={`${a.path}.name`} label={w.name} />
            <ChoiceField
              path={`${a.path}.group`}
              label={w.groupChoice}
              options={groups.map((g) => ({ value: g.id, label: g.label || g.id }))}
            />
            <Field path={`${a.path}.id`} label={w.id} />
            <PeopleFields at={a.path} actorName={a.value.name || w.actorName(a.index + 1)} />
          </>
        )}
      </ListFieldset>
    </section>
  );
}
