// Apart from timeZone.ts, which the first view loads to name a story's clock: only the story's
// check (validation) asks whether a zone exists.

const known = new Map<string, boolean>();

/** Whether Intl knows this IANA zone name (`Europe/Berlin`); `UTC` is one. */
export function isTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      // Intl also takes offsets ("+01:00"), which have no name to show and no summer time.
      ok = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone);
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}
