import { Field, Problems } from './Field';
import { fieldId, useEditor, useProblems } from './context';
import { removeAt, replaceAt } from '../ops';
import type { Story, TimelineEvent } from '../../data/schema';

function EventSelect({
  path,
  label,
  value,
  events,
  onChange,
}: {
  path: string;
  label: string;
  value: string;
  events: TimelineEvent[];
  onChange: (id: string) => void;
}) {
  const id = fieldId(path);
  const problems = useProblems(path);
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {!events.some((e) => e.id === value) && <option value={value}>{value || '(none)'}</option>}
        {events.map((e, i) => (
          <option key={i} value={e.id}>
            {e.title || e.id}
          </option>
        ))}
      </select>
      <Problems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** The story with its notes or steps set; an empty list is left out, as the format allows. */
function withList<K extends 'annotations' | 'steps'>(
  s: Story,
  key: K,
  list: NonNullable<Story[K]>,
): Story {
  const { annotations, steps, ...rest } = s;
  const both = { annotations, steps, [key]: list };
  return {
    ...rest,
    ...(both.annotations?.length ? { annotations: both.annotations } : {}),
    ...(both.steps?.length ? { steps: both.steps } : {}),
  };
}

/** Notes drawn on the timeline, and the guided story's steps. */
export function NotesSection() {
  const story = useEditor((s) => s.history.present.story);
  const edit = useEditor((s) => s.edit);
  const notes = story.annotations ?? [];
  const steps = story.steps ?? [];
  const firstId = story.events[0]?.id ?? '';
  return (
    <section className="ed-section" aria-labelledby="ed-notes-heading">
      <h2 id="ed-notes-heading">Notes and story steps</h2>
      <h3>Notes on the timeline</h3>
      <p className="ed-help">
        A short note drawn from the first to the last of the events it names.
      </p>
      {notes.map((a, i) => (
        <fieldset key={i} className="ed-item">
          <legend>Note {i + 1}</legend>
          <Field
            path={`annotations[${i}].text`}
            label="Text"
            value={a.text}
            onChange={(v) =>
              edit(`annotations[${i}].text`, (s) =>
                withList(
                  s,
                  'annotations',
                  replaceAt(notes, i, (n) => ({ ...n, text: v })),
                ),
              )
            }
          />
          <EventSelect
            path={`annotations[${i}].events[0]`}
            label="From event"
            value={a.events[0] ?? ''}
            events={story.events}
            onChange={(id) =>
              edit(`annotations[${i}].events`, (s) =>
                withList(
                  s,
                  'annotations',
                  replaceAt(notes, i, (n) => ({ ...n, events: [id, ...n.events.slice(1)] })),
                ),
              )
            }
          />
          <EventSelect
            path={`annotations[${i}].events[1]`}
            label="To event"
            value={a.events[1] ?? a.events[0] ?? ''}
            events={story.events}
            onChange={(id) =>
              edit(`annotations[${i}].events`, (s) =>
                withList(
                  s,
                  'annotations',
                  replaceAt(notes, i, (n) => ({ ...n, events: [n.events[0] ?? id, id] })),
                ),
              )
            }
          />
          <button
            type="button"
            onClick={() =>
              edit('annotations', (s) => withList(s, 'annotations', removeAt(notes, i)))
            }
          >
            Remove note {i + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={!firstId}
        onClick={() =>
          edit('annotations', (s) =>
            withList(s, 'annotations', [...notes, { events: [firstId], text: '' }]),
          )
        }
      >
        Add note
      </button>
      <h3>Story steps</h3>
      <p className="ed-help">The guided story (“Start the story”) walks through these in order.</p>
      {steps.map((st, i) => (
        <fieldset key={i} className="ed-item">
          <legend>Step {i + 1}</legend>
          <EventSelect
            path={`steps[${i}].event`}
            label="Event"
            value={st.event}
            events={story.events}
            onChange={(id) =>
              edit(`steps[${i}].event`, (s) =>
                withList(
                  s,
                  'steps',
                  replaceAt(steps, i, (x) => ({ ...x, event: id })),
                ),
              )
            }
          />
          <Field
            path={`steps[${i}].caption`}
            label="Caption"
            rows={2}
            value={st.caption}
            onChange={(v) =>
              edit(`steps[${i}].caption`, (s) =>
                withList(
                  s,
                  'steps',
                  replaceAt(steps, i, (x) => ({ ...x, caption: v })),
                ),
              )
            }
          />
          <button
            type="button"
            onClick={() => edit('steps', (s) => withList(s, 'steps', removeAt(steps, i)))}
          >
            Remove step {i + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={!firstId}
        onClick={() =>
          edit('steps', (s) => withList(s, 'steps', [...steps, { event: firstId, caption: '' }]))
        }
      >
        Add step
      </button>
    </section>
  );
}
