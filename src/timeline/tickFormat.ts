import { utcFormatter } from '../data/utcFormatter';

// Intl writes each label in the reader's language and word order ("7 Jul", "7. Juli", "7月7日");
// a d3-time-format locale would bring 3.5 KB to the first view to say the same in English order.
const intl = (opts: Intl.DateTimeFormatOptions) => {
  const get = utcFormatter(opts);
  return (d: Date) => get().format(d);
};
export const fmtYear = intl({ year: 'numeric' });
export const fmtMonth = intl({ month: 'short' });
export const fmtMonthYear = intl({ month: 'short', year: 'numeric' });
export const fmtLongMonthYear = intl({ month: 'long', year: 'numeric' });
export const fmtDayMonth = intl({ day: 'numeric', month: 'short' });
export const fmtDay = intl({ day: 'numeric' });
export const fmtDayMonthYear = intl({ day: 'numeric', month: 'short', year: 'numeric' });
// The reader's language's clock, on the story's clock (wall-clock times are kept as UTC ms).
export const fmtTime = intl({ hour: 'numeric', minute: '2-digit' });
export const fmtDayMonthTime = intl({
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
