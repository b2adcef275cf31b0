import type { TimelineEvent } from '../data/schema';

// The actor filter's rules, in one place. `active` is the set of shown actor ids, or null when
// every actor is shown (the store's `activeActors`, as a set).

/** The shown actors as a set for lookups; null when every actor is shown. */
export function activeSetOf(activeActors: readonly string[] | null): ReadonlySet<string> | null {
  return activeActors ? new Set(activeActors) : null;
}

/** Whether the filter shows an actor (its lane, its campaigns, an event's colour). */
export function isActorShown(actor: string, active: ReadonlySet<string> | null): boolean {
  return !active || active.has(actor);
}

/**
 * The filter's one rule: an event is shown while any of its actors is. Marks, annotations,
 * the list, the counts and the exports all go through here.
 */
export function isEventShown(
  event: Pick<TimelineEvent, 'actors'>,
  active: ReadonlySet<string> | null,
): boolean {
  return !active || event.actors.some((a) => active.has(a));
}
