import type { Citation, Source, Story, TimelineEvent } from '../data/schema';

/*
 * The empty shapes the editor starts from. Required texts start empty, so the checks show the
 * editor what is left to write, at the field ("must not be empty"), rather than placeholders
 * that could be shipped by mistake.
 */

/** The first group's colour: Okabe–Ito blue, as in the bundled story. */
const FIRST_COLOR = '#0072B2';

export function blankSource(id: string): Source {
  return { id, outlet: null, title: null, date: null, url: null, description: '' };
}

export function blankCitation(source: string): Citation {
  return { source, quote: '' };
}

/** A new event citing the first source, with the first actor: the usual case in a small story. */
export function blankEvent(id: string, story: Story): TimelineEvent {
  return {
    id,
    title: '',
    summary: '',
    date: { precision: 'day', date: '' },
    actors: story.actors[0] ? [story.actors[0].id] : [],
    kind: 'statement',
    attribution: '',
    citations: [blankCitation(story.sources[0]?.id ?? '')],
  };
}

/** A story with one group, actor and source to fill in (the format needs one of each) and no events. */
export function blankStory(): Story {
  return {
    title: '',
    dek: '',
    credit: '',
    groups: [{ id: 'group-1', label: '', color: FIRST_COLOR }],
    actors: [{ id: 'actor-1', name: '', group: 'group-1' }],
    sources: [blankSource('source-1')],
    events: [],
  };
}

/** `prefix-N` with the smallest N not taken. */
export function freeId(prefix: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
