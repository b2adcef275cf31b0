import { useContext, useState } from 'react';
import { startText } from '../../data/dates';
import { EventForm } from './EventForm';
import { ChecksContext, useEditor } from './context';
import { countUnder } from '../checks';
import { blankEvent, freeId } from '../blank';
import { byDate, deleteEvent, duplicateEvent } from '../ops';
import type { EventDate, TimelineEvent } from '../../data/schema';
import { useListField } from './useListField';
import { words } from '../words';

const w = words.events;

function dateText(d: EventDate): string {
  const when =
    d.precision === 'range' || d.precision === 'approximate'
      ? `${d.start} – ${d.end}`
      : startText(d).replace('T', ' ');
  return d.precision === 'approximate' ? w.about(when) : when;
}

/** The events in date order, and the form for the chosen one. */
export function EventsSection() {
  const story = useEditor((s) => s.history.present.story);
  const selected = useEditor((s) => s.selected);
  const select = useEditor((s) => s.select);
  const edit = useEditor((s) => s.edit);
  const undo = useEditor((s) => s.undo);
  const checks = useContext(ChecksContext);
  const [deleted, setDeleted] = useState<string | null>(null);
  const order = byDate(story.events);
  // Rows keep their keys as events are added, removed or renamed (ids may clash meanwhile).
  const { items } = useListField<TimelineEvent>('events');
  const chosen = selected !== null ? story.events[selected] : undefined;
  const add = () => {
    edit('events', (s) => ({
      ...s,
      events: [...s.events, blankEvent(freeId('event', s.events), s)],
    }));
    select(story.events.length);
    setDeleted(null);
  };
  const duplicate = (i: number) => {
    edit('events', (s) => duplicateEvent(s, i, freeId('event', s.events)));
    select(i + 1);
    setDeleted(null);
  };
  const remove = (i: number) => {
    setDeleted(story.events[i]?.title || w.theEvent);
    edit('events', (s) => deleteEvent(s, i));
    select(null);
  };
  return (
    <section className="ed-section" aria-labelledby="ed-events-heading">
      <h2 id="ed-events-heading">{w.heading}</h2>
      <table className="ed-table">
        <caption className="ed-help">{story.events.length ? w.caption : w.none}</caption>
        <thead>
          <tr>
            <th scope="col">{w.date}</th>
            <th scope="col">{w.title}</th>
            <th scope="col">{w.problems}</th>
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const e = story.events[i];
            if (!e) return null;
            const n = checks ? countUnder(checks, `events[${i}]`) : 0;
            return (
              <tr key={items[i]?.key ?? i} aria-current={i === selected ? 'true' : undefined}>
                <td className="ed-date-cell">{dateText(e.date) || '—'}</td>
                <td>
                  <button
                    type="button"
                    className="ed-link"
                    onClick={() => select(i)}
                    aria-pressed={i === selected}
                  >
                    {e.title || w.untitled(e.id)}
                  </button>
                </td>
                <td>{n ? w.toFix(n) : w.noProblems}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="ed-row">
        <button type="button" onClick={add}>
          {w.add}
        </button>
      </div>
      <p role="status" className="ed-status">
        {deleted && (
          <>
            {w.deleted(deleted)}{' '}
            <button
              type="button"
              onClick={() => {
                undo();
                setDeleted(null);
              }}
            >
              {w.undoDelete}
            </button>
          </>
        )}
      </p>
      {chosen && selected !== null && (
        <section className="ed-chosen" aria-labelledby="ed-chosen-heading">
          <h3 id="ed-chosen-heading">{w.chosen(chosen.title || chosen.id)}</h3>
          <div className="ed-row">
            <button type="button" onClick={() => duplicate(selected)}>
              {w.duplicate}
            </button>
            <button type="button" onClick={() => remove(selected)}>
              {w.remove}
            </button>
          </div>
          <EventForm index={selected} />
        </section>
      )}
    </section>
  );
}
