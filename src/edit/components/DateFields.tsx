import type { EventDate } from '../../data/schema';
import { startText } from '../../data/dates';
import { Field, Problems } from './Field';
import { fieldId, useProblems } from './context';

type Precision = EventDate['precision'];

const PRECISIONS: { value: Precision; label: string }[] = [
  { value: 'time', label: 'Time (to the minute, on the story’s clock)' },
  { value: 'day', label: 'Day' },
  { value: 'month', label: 'Month' },
  { value: 'year', label: 'Year' },
  { value: 'range', label: 'Range (both ends known)' },
  { value: 'approximate', label: 'Approximate (a window, with its basis)' },
];

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

/** An optional text: empty removes the key, as the format has no empty strings. */
function withOptional(date: EventDate, key: 'label' | 'basis', v: string): EventDate {
  if (v !== '' || (key === 'basis' && date.precision === 'approximate'))
    return { ...date, [key]: v } as EventDate;
  const { label, basis, ...rest } = date;
  const kept = key === 'label' ? { basis } : { label };
  return {
    ...rest,
    ...(kept.basis !== undefined ? { basis: kept.basis } : {}),
    ...(kept.label !== undefined ? { label: kept.label } : {}),
  } as EventDate;
}

/** An event's date: its precision, then the fields that precision has. */
export function DateFields({
  at,
  date,
  onChange,
}: {
  at: string;
  date: EventDate;
  onChange: (d: EventDate) => void;
}) {
  const path = `${at}.date`;
  const precisionId = fieldId(`${path}.precision`);
  const problems = useProblems(path);
  const day = 'YYYY-MM-DD';
  const time = 'YYYY-MM-DDTHH:MM';
  const ends = date.precision === 'range' ? `${day}, or ${time} for a time` : day;
  return (
    <fieldset className="ed-date">
      <legend>Date</legend>
      <div className="ed-field">
        <label htmlFor={precisionId}>Precision</label>
        <select
          id={precisionId}
          value={date.precision}
          onChange={(e) => onChange(withPrecision(date, e.target.value as Precision))}
        >
          {PRECISIONS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <Problems id={`${precisionId}-problems`} problems={problems} />
      </div>
      {date.precision === 'day' && (
        <Field
          path={`${path}.date`}
          label="Day"
          placeholder={day}
          help={day}
          value={date.date}
          onChange={(v) => onChange({ ...date, date: v })}
        />
      )}
      {date.precision === 'time' && (
        <Field
          path={`${path}.date`}
          label="Time"
          placeholder={time}
          help={`${time}, 24-hour clock, in the story’s time zone`}
          value={date.date}
          onChange={(v) => onChange({ ...date, date: v })}
        />
      )}
      {date.precision === 'year' && (
        <Field
          path={`${path}.year`}
          label="Year"
          placeholder="YYYY"
          help="YYYY"
          value={date.year}
          onChange={(v) => onChange({ ...date, year: v })}
        />
      )}
      {date.precision === 'month' && (
        <Field
          path={`${path}.month`}
          label="Month"
          placeholder="YYYY-MM"
          help="YYYY-MM"
          value={date.month}
          onChange={(v) => onChange({ ...date, month: v })}
        />
      )}
      {(date.precision === 'range' || date.precision === 'approximate') && (
        <>
          <Field
            path={`${path}.start`}
            label="Start"
            placeholder={day}
            help={ends}
            value={date.start}
            onChange={(v) => onChange({ ...date, start: v })}
          />
          <Field
            path={`${path}.end`}
            label="End"
            placeholder={day}
            help={ends}
            value={date.end}
            onChange={(v) => onChange({ ...date, end: v })}
          />
        </>
      )}
      <Field
        path={`${path}.basis`}
        label={
          date.precision === 'approximate' ? 'Basis' : 'Basis (only if part of the date is ours)'
        }
        help="How the date was worked out; shown to readers."
        rows={2}
        value={date.basis ?? ''}
        onChange={(v) => onChange(withOptional(date, 'basis', v))}
      />
      <Field
        path={`${path}.label`}
        label="Label (optional)"
        help="Shown in place of the date; must say the same as the basis."
        value={date.label ?? ''}
        onChange={(v) => onChange(withOptional(date, 'label', v))}
      />
    </fieldset>
  );
}
