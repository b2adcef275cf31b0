// Calendar dates: parsing (dateParse.ts), the UTC formatter (utcFormatter.ts) and the words a
// reader sees (dateFormat.ts). Callers import them from here.
export { parseDay, parseMonth, toSpan, type EventSpan } from './dateParse';
export { utcFormatter } from './utcFormatter';
export {
  formatDay,
  formatMonth,
  formatDayRange,
  formatEventDate,
  precisionNote,
  markDate,
} from './dateFormat';
