import type { Story } from '../data/schema';

/**
 * The places of the events that changed from `before` to `after`, when nothing else did but
 * events added at the end: what typing into one event's form makes. Null when anything else
 * changed (an actor, a source, an event removed or moved), for the caller to check everything.
 * Compares by reference: the editor's edits copy only what they change.
 */
export function changedEvents(before: Story, after: Story): number[] | null {
  if (before === after) return [];
  const { events: a, ...restA } = before;
  const { events: b, ...restB } = after;
  if (b.length < a.length) return null;
  for (const key of new Set([...Object.keys(restA), ...Object.keys(restB)]) as Set<keyof Story>)
    if (before[key] !== after[key]) return null;
  const changed: number[] = [];
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) changed.push(i);
  return changed;
}
