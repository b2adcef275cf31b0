import { Field } from './Field';
import { ChoiceField } from './ChoiceField';
import { ListFieldset } from './ListFieldset';
import { useEditor } from './context';
import type { Annotation, StoryStep } from '../../data/schema';
import { useSetAt } from './useField';
import { words } from '../words';

const w = words.notes;

/** A choice among the story's events, bound to `path`. */
function EventSelect({
  path,
  label,
  value,
  onChange,
}: {
  path: string;
  label: string;
  value?: string;
  onChange?: (id: string) => void;
}) {
  const events = useEditor((s) => s.history.present.story.events);
  return (
    <ChoiceField
      path={path}
      label={label}
      {...(value !== undefined ? { value } : {})}
      {...(onChange ? { onChange } : {})}
      options={events.map((e) => ({ value: e.id, label: e.title || e.id }))}
    />
  );
}

/** Notes drawn on the timeline, and the guided story's steps. */
export function NotesSection() {
  const firstId = useEditor((s) => s.history.present.story.events[0]?.id ?? '');
  const setAt = useSetAt();
  return (
    <section className="ed-section" aria-labelledby="ed-notes-heading">
      <h2 id="ed-notes-heading">{w.heading}</h2>
      <ListFieldset<Annotation>
        path="annotations"
        optional
        legend={w.notes}
        help={w.notesHelp}
        canAdd={firstId !== ''}
        blank={() => ({ events: [firstId], text: '' })}
        itemLegend={(n) => w.note(n.index + 1)}
        removeLabel={(n) => w.removeNote(n.index + 1)}
        addLabel={w.addNote}
      >
        {(n) => (
          <>
            <Field path={`${n.path}.text`} label={w.text} />
            <EventSelect path={`${n.path}.events[0]`} label={w.from} />
            {/* A note about one event ends where it starts, until another is chosen. */}
            <EventSelect
              path={`${n.path}.events[1]`}
              label={w.to}
              value={n.value.events[1] ?? n.value.events[0] ?? ''}
              onChange={(id) => setAt(`${n.path}.events[1]`, id, `${n.path}.events`)}
            />
          </>
        )}
      </ListFieldset>
      <ListFieldset<StoryStep>
        path="steps"
        optional
        legend={w.steps}
        help={w.stepsHelp}
        canAdd={firstId !== ''}
        blank={() => ({ event: firstId, caption: '' })}
        itemLegend={(st) => w.step(st.index + 1)}
        removeLabel={(st) => w.removeStep(st.index + 1)}
        addLabel={w.addStep}
      >
        {(st) => (
          <>
            <EventSelect path={`${st.path}.event`} label={w.event} />
            <Field path={`${st.path}.caption`} label={w.caption} rows={2} />
          </>
        )}
      </ListFieldset>
    </section>
  );
}
