// Calendar dates: parsing (dateParse.ts), the UTC formatter (utcFormatter.ts) and the words a
// reader sees (dateFormat.ts). Callers import them from here.
export {
  parseDay,
  parseDayTime,
  parseDayOrTime,
  parseMonth,
  parseYear,
  hasTime,
  isTimed,
  startText,
  toSpan,
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  type EventSpan,
} from './dateParse';
export { utcFormatter } from './utcFormatter';
export {
  formatDay,
  formatMonth,
  formatYear,
  formatTime,
  formatWindow,
  clockName,
  formatDayRange,
  formatEventDate,
  precisionNote,
  markDate,
} from './dateFormat';
