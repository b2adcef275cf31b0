// Days as the generator and the converters use them: UTC midnights, written `YYYY-MM-DD`.

export const DAY_MS = 86_400_000;
/** The span generated stories cover. */
export const FIRST_DAY = Date.UTC(2019, 0, 1);
export const LAST_DAY = Date.UTC(2026, 11, 31);

/** Zero-padded to `w` digits: dates, and event ids. */
export const pad = (n, w = 2) => String(n).padStart(w, '0');
/** `YYYY-MM-DD` of a UTC millisecond time. */
export const dayOf = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** Days are UTC midnights; returns [startMs, endMs) as our app reads an event date. */
export function spanOf(date) {
  const p = (s) => Date.parse(`${s}T00:00:00Z`);
  switch (date.precision) {
    case 'day':
      return [p(date.date), p(date.date) + DAY_MS];
    case 'month': {
      const s = p(`${date.month}-01`);
      const d = new Date(s);
      d.setUTCMonth(d.getUTCMonth() + 1);
      return [s, d.getTime()];
    }
    default:
      return [p(date.start), p(date.end) + DAY_MS];
  }
}
