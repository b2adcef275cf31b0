import { EVENT_KINDS } from '../../data/schema';
import { Field, Problems } from './Field';
import { ChoiceField } from './ChoiceField';
import { DateFields } from './DateFields';
import { CitationsFields } from './CitationsFields';
import { MediaFields } from './MediaFields';
import { FiguresFields } from './FiguresFields';
import { DisagreementsFields } from './DisagreementsFields';
import { useContext } from 'react';
import { ChecksContext, fieldId, useEditor, useEditorStore } from './context';
import { useField } from './useField';
import { words } from '../words';
import { retitleEvent } from '../retitleEvent';

const w = words.event;

/** The actors an event is about: a box for each of the story's. */
function ActorsField({ at }: { at: string }) {
  const field = useField<string[]>(`${at}.actors`);
  const actors = useEditor((s) => s.history.present.story.actors);
  const checks = useContext(ChecksContext);
  const chosen = field.value;
  const problems = [field.path, ...chosen.map((_, j) => `${field.path}[${j}]`)].flatMap(
    (path) => checks?.byPath.get(path) ?? [],
  );
  const unknown = chosen.filter((id) => !actors.some((a) => a.id === id));
  const toggle = (id: string, on: boolean) =>
    field.set(on ? [...chosen, id] : chosen.filter((a) => a !== id));
  return (
    <fieldset className="ed-group ed-checks">
      <legend>{w.actors}</legend>
      <p className="ed-help">{w.actorsHelp}</p>
      {actors.map((a, i) => {
        // The box follows the actor's place: its id may be mid-edit.
        const id = `${field.id}-${i}`;
        return (
          <div key={id} className="ed-check">
            <input
              id={id}
              type="checkbox"
              checked={chosen.includes(a.id)}
              onChange={(e) => toggle(a.id, e.target.checked)}
            />
            <label htmlFor={id}>{a.name || a.id}</label>
          </div>
        );
      })}
      {unknown.map((id) => (
        <button key={id} type="button" onClick={() => toggle(id, false)}>
          {w.removeUnknownActor(id)}
        </button>
      ))}
      <Problems id={`${fieldId(field.path)}-problems`} problems={problems} />
    </fieldset>
  );
}

/** The form for the chosen event: every field the format gives an event. */
export function EventForm({ index }: { index: number }) {
  const exists = useEditor((s) => s.history.present.story.events[index] !== undefined);
  const edit = useEditor((s) => s.edit);
  const store = useEditorStore();
  if (!exists) return null;
  const at = `events[${index}]`;
  return (
    <div className="ed-event-form">
      <Field
        path={`${at}.title`}
        label={w.title}
        help={w.titleHelp}
        // An unpublished id follows its title (retitleEvent): one undo step for both.
        onChange={(v) =>
          edit(`${at}.title`, (s) => retitleEvent(s, index, v, store.getState().published))
        }
      />
      <Field path={`${at}.summary`} label={w.summary} help={w.summaryHelp} rows={3} />
      <DateFields at={at} />
      <ActorsField at={at} />
      <ChoiceField
        path={`${at}.kind`}
        label={w.kind}
        options={EVENT_KINDS.map((k) => ({ value: k, label: w.kinds[k] }))}
      />
      <Field path={`${at}.attribution`} label={w.attribution} help={w.attributionHelp} />
      <CitationsFields at={at} />
      <DisagreementsFields at={at} />
      <FiguresFields at={at} />
      <MediaFields at={at} />
      <Field path={`${at}.id`} label={w.id} help={w.idHelp} />
    </div>
  );
}
