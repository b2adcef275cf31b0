import type { EventDate } from '../../data/schema';
import { Field, Problems } from './Field';
import { ChoiceField } from './ChoiceField';
import { useField } from './useField';
import { words } from '../words';
import { startText } from '../../data/dateParse';

type Precision = EventDate['precision'];
const w = words.date;
const PRECISIONS: Precision[] = ['time', 'day', 'month', 'year', 'range', 'approximate'];

/** The same date in another precision, keeping what carries over. */
export function withPrecision(date: EventDate, precision: Precision): EventDate {
  const start = startText(date);
  const end = date.precision === 'range' || date.precision === 'approximate' ? date.end : '';
  const extra = { ...(date.label !== undefined ? { label: date.label } : {}) };
  const basis = date.basis ?? '';
  switch (precision) {
    case 'time':
      return {
        precision,
        date: start.length === 10 ? `${start}T00:00` : start,
        ...extra,
        ...(basis ? { basis } : {}),
      };
    case 'year':
      return { precision, year: start.slice(0, 4), ...extra, ...(basis ? { basis } : {}) };
    case 'day':
      return { precision, date: start.slice(0, 10), ...extra, ...(basis ? { basis } : {}) };
    case 'month':
      return { precision, month: start.slice(0, 7), ...extra, ...(basis ? { basis } : {}) };
    case 'range':
      return { precision, start, end, ...extra, ...(basis ? { basis } : {}) };
    case 'approximate':
      return { precision, start, end, ...extra, basis };
  }
}

/** An event's date: its precision, then the fields that precision has. */
export function DateFields({ at }: { at: string }) {
  const field = useField<EventDate>(`${at}.date`);
  const date = field.value;
  const path = field.path;
  const ends = date.precision === 'range' ? w.rangeEnds : w.day;
  return (
    <fieldset className="ed-date">
      <legend>{w.legend}</legend>
      {/* The date's own problems (no precision fits) show under its precision. */}
      <ChoiceField
        path={`${path}.precision`}
        label={w.precision}
        options={PRECISIONS.map((p) => ({ value: p, label: w.precisions[p] }))}
        value={date.precision}
        onChange={(p) => field.set(withPrecision(date, p as Precision))}
      />
      <DateProblems path={path} />
      {date.precision === 'day' && (
        <Field path={`${path}.date`} label={w.dayLabel} placeholder={w.day} help={w.day} />
      )}
      {date.precision === 'time' && (
        <Field path={`${path}.date`} label={w.timeLabel} placeholder={w.time} help={w.timeHelp} />
      )}
      {date.precision === 'year' && (
        <Field path={`${path}.year`} label={w.yearLabel} placeholder={w.year} help={w.year} />
      )}
      {date.precision === 'month' && (
        <Field path={`${path}.month`} label={w.monthLabel} placeholder={w.month} help={w.month} />
      )}
      {(date.precision === 'range' || date.precision === 'approximate') && (
        <>
          <Field path={`${path}.start`} label={w.start} placeholder={w.day} help={ends} />
          <Field path={`${path}.end`} label={w.end} placeholder={w.day} help={ends} />
        </>
      )}
      <Field
        path={`${path}.basis`}
        label={date.precision === 'approximate' ? w.basis : w.basisOptional}
        help={w.basisHelp}
        rows={2}
        // An approximate date must say its basis, so its field stays even when empty.
        empty={date.precision === 'approximate' ? 'text' : 'omit'}
      />
      <Field path={`${path}.label`} label={w.label} help={w.labelHelp} empty="omit" />
    </fieldset>
  );
}

/** Problems with the date as a whole, shown where the precision is chosen. */
function DateProblems({ path }: { path: string }) {
  const { problems, id } = useField(path);
  return <Problems id={`${id}-problems`} problems={problems} />;
}
