import { EVENT_KINDS, type Story, type TimelineEvent } from '../../data/schema';
import { Field, Problems } from './Field';
import { DateFields } from './DateFields';
import { CitationsFields } from './CitationsFields';
import { MediaFields } from './MediaFields';
import { FiguresFields } from './FiguresFields';
import { DisagreementsFields } from './DisagreementsFields';
import { useContext } from 'react';
import { ChecksContext, fieldId, useEditor, useEditorStore } from './context';
import { retitleEvent } from '../retitleEvent';
import { updateEvent, withList } from '../ops';

function ActorsField({
  at,
  event,
  story,
  onChange,
}: {
  at: string;
  event: TimelineEvent;
  story: Story;
  onChange: (ids: string[]) => void;
}) {
  const checks = useContext(ChecksContext);
  const problems = [`${at}.actors`, ...event.actors.map((_, j) => `${at}.actors[${j}]`)].flatMap(
    (path) => checks?.byPath.get(path) ?? [],
  );
  const unknown = event.actors.filter((id) => !story.actors.some((a) => a.id === id));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...event.actors, id] : event.actors.filter((a) => a !== id));
  return (
    <fieldset className="ed-group ed-checks">
      <legend>Actors</legend>
      <p className="ed-help">The first ticked is treated as the main one.</p>
      {story.actors.map((a, i) => {
        const id = `${fieldId(`${at}.actors`)}-${i}`;
        return (
          <div key={i} className="ed-check">
            <input
              id={id}
              type="checkbox"
              checked={event.actors.includes(a.id)}
              onChange={(e) => toggle(a.id, e.target.checked)}
            />
            <label htmlFor={id}>{a.name || a.id}</label>
          </div>
        );
      })}
      {unknown.map((id) => (
        <button key={id} type="button" onClick={() => toggle(id, false)}>
          Remove “{id}”
        </button>
      ))}
      <Problems id={`${fieldId(`${at}.actors`)}-problems`} problems={problems} />
    </fieldset>
  );
}

/** The form for the chosen event: every field the format gives an event. */
export function EventForm({ index }: { index: number }) {
  const story = useEditor((s) => s.history.present.story);
  const edit = useEditor((s) => s.edit);
  const store = useEditorStore();
  const event = story.events[index];
  if (!event) return null;
  const at = `events[${index}]`;
  const set = (key: string, change: (e: TimelineEvent) => TimelineEvent) =>
    edit(`${at}.${key}`, (s) => updateEvent(s, index, change));
  const kindId = fieldId(`${at}.kind`);
  return (
    <div className="ed-event-form">
      <Field
        path={`${at}.title`}
        label="Title"
        help="A short label for the mark (140 characters at most)."
        value={event.title}
        onChange={(v) =>
          edit(`${at}.title`, (s) => retitleEvent(s, index, v, store.getState().published))
        }
      />
      <Field
        path={`${at}.summary`}
        label="Summary"
        help="What happened, in our words."
        rows={3}
        value={event.summary}
        onChange={(v) => set('summary', (e) => ({ ...e, summary: v }))}
      />
      <DateFields
        at={at}
        date={event.date}
        onChange={(d) => set('date', (e) => ({ ...e, date: d }))}
      />
      <ActorsField
        at={at}
        event={event}
        story={story}
        onChange={(ids) => set('actors', (e) => ({ ...e, actors: ids }))}
      />
      <div className="ed-field">
        <label htmlFor={kindId}>Kind</label>
        <select
          id={kindId}
          value={event.kind}
          onChange={(ev) =>
            set('kind', (e) => ({ ...e, kind: ev.target.value as TimelineEvent['kind'] }))
          }
        >
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {k.replace('-', ' ')}
            </option>
          ))}
        </select>
      </div>
      <Field
        path={`${at}.attribution`}
        label="Attribution"
        help="Who says so, in the reader's words: “Lab A says”, “Reported by Example Wire”."
        value={event.attribution}
        onChange={(v) => set('attribution', (e) => ({ ...e, attribution: v }))}
      />
      <CitationsFields
        at={at}
        citations={event.citations}
        sources={story.sources}
        onChange={(c) => set('citations', (e) => ({ ...e, citations: c }))}
      />
      <DisagreementsFields
        at={at}
        disagreements={event.disagreements ?? []}
        sources={story.sources}
        onChange={(d, key) =>
          edit(key, (s) => updateEvent(s, index, (e) => withList(e, 'disagreements', d)))
        }
      />
      <FiguresFields
        at={at}
        figures={event.figures ?? []}
        actors={story.actors}
        sources={story.sources}
        onChange={(f, key) =>
          edit(key, (s) => updateEvent(s, index, (e) => withList(e, 'figures', f)))
        }
      />
      <MediaFields
        at={at}
        media={event.media}
        onChange={(m) =>
          set('media', (e) => {
            if (m) return { ...e, media: m };
            const rest = { ...e };
            delete rest.media;
            return rest;
          })
        }
      />
      <Field
        path={`${at}.id`}
        label="Id"
        help="Used in links to the event: lower-case letters, digits and hyphens."
        value={event.id}
        onChange={(v) => set('id', (e) => ({ ...e, id: v }))}
      />
    </div>
  );
}
