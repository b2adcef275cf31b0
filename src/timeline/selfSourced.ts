import type { Story } from '../data/schema';

/**
 * Whether a story has no sources of its own: one source, with no address, that every event
 * cites (an imported TimelineJS file, whose text each event quotes). A card under every event
 * would repeat the file's name and the summary just read; the credit line names the file once.
 */
export function isSelfSourced(story: Pick<Story, 'sources' | 'events'>): boolean {
  const [only, ...more] = story.sources;
  if (!only || more.length > 0 || only.url) return false;
  return story.events.every((e) => e.citations.every((c) => c.source === only.id));
}
