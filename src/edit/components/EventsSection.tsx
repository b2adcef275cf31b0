import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { EventForm } from './EventForm';
import { ChecksContext, fieldId, useEditor } from './context';
import { countUnder } from '../checks';
import { blankEvent, freeId } from '../blank';
import { byDate, deleteEvent, duplicateEvent } from '../ops';
import type { EventDate, TimelineEvent } from '../../data/schema';
import { useListField } from './useListField';
import { QuickAddRow } from './QuickAddRow';
import { words } from '../words';
import { startText } from '../../data/dateParse';

const w = words.events;

function dateText(d: EventDate): string {
  const when =
    d.precision === 'range' || d.precision === 'approximate'
      ? `${d.start} – ${d.end}`
      : startText(d).replace('T', ' ');
  return d.precision === 'approximate' ? w.about(when) : when;
}

/** Each row's height (editor.css sets it): the table draws only the rows near its view. */
const ROW_PX = 40;
/** The table's scrolling box (editor.css `max-height`), and the rows drawn beyond it. */
const VIEW_PX = 400;
const EXTRA_ROWS = 10;

/** The events in date order, and the form for the chosen one. */
export function EventsSection() {
  const events = useEditor((s) => s.history.present.story.events);
  const selected = useEditor((s) => s.selected);
  const select = useEditor((s) => s.select);
  const edit = useEditor((s) => s.edit);
  const undo = useEditor((s) => s.undo);
  const checks = useContext(ChecksContext);
  const [said, setSaid] = useState('');
  const [deleted, setDeleted] = useState<string | null>(null);
  const focusTitle = useRef<number | null>(null);
  const [top, setTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const order = useMemo(() => byDate(events), [events]);
  // Rows keep their keys as events are added, removed or renamed (ids may clash meanwhile).
  const { items } = useListField<TimelineEvent>('events');
  const chosen = selected !== null ? events[selected] : undefined;
  const add = () => {
    edit('events', (s) => ({
      ...s,
      events: [...s.events, blankEvent(freeId('event', s.events), s)],
    }));
    select(events.length);
    focusTitle.current = events.length;
    setDeleted(null);
    setSaid(words.eventAdded(events.length + 1));
  };
  const duplicate = (i: number) => {
    edit('events', (s) => duplicateEvent(s, i, freeId('event', s.events)));
    select(i + 1);
    setDeleted(null);
  };
  const remove = (i: number) => {
    setDeleted(events[i]?.title || w.theEvent);
    setSaid('');
    edit('events', (s) => deleteEvent(s, i));
    select(null);
  };
  // A new event's title is where the writing goes on (its form renders in the same commit).
  useEffect(() => {
    if (focusTitle.current === null) return;
    document.getElementById(fieldId(`events[${focusTitle.current}].title`))?.focus();
    focusTitle.current = null;
  });
  // The chosen event's row is brought into the table's view.
  const at = selected === null ? -1 : order.indexOf(selected);
  useEffect(() => {
    const el = box.current;
    if (!el || at < 0) return;
    const y = at * ROW_PX;
    if (y < el.scrollTop || y + ROW_PX > el.scrollTop + (el.clientHeight || VIEW_PX))
      el.scrollTop = Math.max(0, y - VIEW_PX / 2);
  }, [at]);
  const first = Math.max(0, Math.floor(top / ROW_PX) - EXTRA_ROWS);
  const last = Math.min(order.length, Math.ceil((top + VIEW_PX) / ROW_PX) + EXTRA_ROWS);
  return (
    <section className="ed-section" aria-labelledby="ed-events-heading">
      <h2 id="ed-events-heading" tabIndex={-1}>
        {w.heading}
      </h2>
      <div
        ref={box}
        className="ed-table-scroll"
        onScroll={(e) => setTop(e.currentTarget.scrollTop)}
      >
        <table
          className="ed-table"
          aria-labelledby="ed-events-heading"
          aria-describedby="ed-events-help"
          aria-rowcount={order.length + 1}
        >
          <caption className="ed-help" id="ed-events-help">
            {events.length ? w.count(events.length) : w.none}
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{w.date}</th>
              <th scope="col">{w.title}</th>
              <th scope="col">{w.problems}</th>
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_PX }} />}
            {order.slice(first, last).map((i, k) => {
              const e = events[i];
              if (!e) return null;
              const n = checks ? countUnder(checks, `events[${i}]`) : 0;
              return (
                <tr
                  key={items[i]?.key ?? i}
                  className="ed-event-row"
                  aria-rowindex={first + k + 2}
                  aria-current={i === selected ? 'true' : undefined}
                >
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
            {last < order.length && (
              <tr aria-hidden="true" style={{ height: (order.length - last) * ROW_PX }} />
            )}
          </tbody>
        </table>
      </div>
      <QuickAddRow
        onAdded={(i, text) => {
          select(i);
          setDeleted(null);
          setSaid(text);
        }}
      />
      <div className="ed-row">
        <button type="button" onClick={add}>
          {w.add}
        </button>
      </div>
      <p role="status" className="ed-status">
        {deleted ? (
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
        ) : (
          said
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
