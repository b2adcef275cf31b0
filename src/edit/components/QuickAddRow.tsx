import { useRef, useState, type FormEvent } from 'react';
import { useEditor } from './context';
import { quickEvent } from '../quickEvent';
import { words } from '../words';

/**
 * One line to add an event as it is read in an article: date, title and quote, then Enter.
 * Focus stays here for the next one; the rest (summary, attribution) is written in the
 * event's form.
 */
export function QuickAddRow({ onAdded }: { onAdded: (index: number, said: string) => void }) {
  const edit = useEditor((s) => s.edit);
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [quote, setQuote] = useState('');
  const first = useRef<HTMLInputElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    let index = 0;
    edit('events', (s) => {
      index = s.events.length;
      return { ...s, events: [...s.events, quickEvent(s, { date, title, quote })] };
    });
    onAdded(index, words.quickAdded(title.trim(), index + 1));
    setDate('');
    setTitle('');
    setQuote('');
    first.current?.focus();
  };
  const w = words.quickAdd;
  return (
    <form className="ed-quick-add" aria-label={w.label} onSubmit={submit}>
      <div className="ed-field">
        <label htmlFor="ed-quick-date">{w.date}</label>
        <input
          id="ed-quick-date"
          ref={first}
          value={date}
          placeholder={w.example}
          aria-describedby="ed-quick-help"
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div className="ed-field">
        <label htmlFor="ed-quick-title">{w.title}</label>
        <input id="ed-quick-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="ed-field">
        <label htmlFor="ed-quick-quote">{w.quote}</label>
        <input id="ed-quick-quote" value={quote} onChange={(e) => setQuote(e.target.value)} />
      </div>
      <button type="submit">{w.add}</button>
      <p className="ed-help" id="ed-quick-help">
        {w.help}
      </p>
    </form>
  );
}
