// A story's clock. Times are written and laid out as wall-clock times on the story's clock (ms
// as if UTC), so days, months and times share one calendar and the axis's days start at the
// story's midnight; the zone is needed only to name the clock ("CET", "CEST") at an instant.

const offsetFmts = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in ms (Berlin in winter: +3,600,000). */
function offsetAt(zone: string, instant: number): number {
  let f = offsetFmts.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFmts.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(instant)) p[part.type] = Number(part.value);
  const wall = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time on the zone's clock names. A time skipped by a change to summer
 * time is read with the offset before the change; a time that happens twice, as its second.
 */
export function wallToInstant(wallMs: number, zone: string): number {
  const first = wallMs - offsetAt(zone, wallMs);
  const second = wallMs - offsetAt(zone, first);
  if (first === second) return first;
  // Around a change the guesses differ: the earlier, if it reads as this wall time.
  const a = Math.min(first, second);
  return a + offsetAt(zone, a) === wallMs ? a : Math.max(first, second);
}

const nameFmts = new Map<string, Intl.DateTimeFormat>();

/** The clock's short name at that wall-clock time, in the reader's locale: "CET", "CEST", "MEZ", "UTC". */
export function zoneName(wallMs: number, zone: string, locale: string): string {
  if (!Number.isFinite(wallMs)) return '';
  const key = `${zone}|${locale}`;
  let f = nameFmts.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    nameFmts.set(key, f);
  }
  const instant = zone === 'UTC' ? wallMs : wallToInstant(wallMs, zone);
  return f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}
