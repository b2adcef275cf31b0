import type { Story } from '../data/schema';

/**
 * The story cut down to some of its events, still a valid story: the actors those events (and
 * their figures) name, those actors' groups, the sources they quote, and the annotations and
 * steps that refer only to kept events. With no events left, every actor, group and source is
 * kept, since a story needs at least one of each.
 */
export function filteredStory(story: Story, eventIds: ReadonlySet<string>): Story {
  const events = story.events.filter((e) => eventIds.has(e.id));
  const rest: Story = { ...story };
  delete rest.annotations;
  delete rest.steps;
  if (events.length === 0) return { ...rest, events: [] };
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const e of events) {
    for (const a of e.actors) actorIds.add(a);
    for (const c of e.citations) sourceIds.add(c.source);
    for (const d of e.disagreements ?? []) for (const a of d.accounts) sourceIds.add(a.source);
    for (const f of e.figures ?? []) {
      actorIds.add(f.actor);
      sourceIds.add(f.citation.source);
    }
  }
  const actors = story.actors.filter((a) => actorIds.has(a.id));
  const groupIds = new Set(actors.map((a) => a.group));
  const kept = new Set(events.map((e) => e.id));
  const annotations = (story.annotations ?? []).filter((a) => a.events.every((id) => kept.has(id)));
  const steps = (story.steps ?? []).filter((s) => kept.has(s.event));
  return {
    ...rest,
    groups: story.groups.filter((g) => groupIds.has(g.id)),
    actors,
    sources: story.sources.filter((s) => sourceIds.has(s.id)),
    events,
    ...(annotations.length ? { annotations } : {}),
    ...(steps.length ? { steps } : {}),
  };
}
