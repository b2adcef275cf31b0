import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/bench/generate.mjs';
import { checkDraft } from '../../src/edit/checks';
import { changedEvents } from '../../src/edit/changedEvents';
import { patchChecks, patchPreview } from '../../src/edit/eventChecks';
import { previewStory } from '../../src/edit/previewStory';
import { retitleEvent } from '../../src/edit/retitleEvent';
import type { Story, TimelineEvent } from '../../src/data/schema';

const story = generateStory(40) as Story;
const updateEvent = (s: Story, i: number, change: (e: TimelineEvent) => TimelineEvent): Story => ({
  ...s,
  events: s.events.map((e, j) => (j === i ? change(e) : e)),
});
const sorted = (c: ReturnType<typeof checkDraft>) =>
  [...c.errors, ...c.warnings].map((p) => `${p.path} ${p.text}`).sort();

describe('changedEvents', () => {
  it('names the events typed in, and gives up when anything else changed', () => {
    const next = updateEvent(story, 3, (e) => ({ ...e, title: 'x' }));
    expect(changedEvents(story, next)).toEqual([3]);
    expect(changedEvents(story, { ...next, title: 'Other' })).toBeNull();
    expect(changedEvents(story, { ...story, events: story.events.slice(1) })).toBeNull();
  });
});

describe('patchChecks', () => {
  it.each([
    ['an empty title', (s: Story) => updateEvent(s, 5, (e) => ({ ...e, title: '' }))],
    [
      'a date that is no day',
      (s: Story) =>
        updateEvent(s, 7, (e) => ({ ...e, date: { precision: 'day', date: '2026-02-30' } })),
    ],
    ['an unknown actor', (s: Story) => updateEvent(s, 2, (e) => ({ ...e, actors: ['nobody'] }))],
    ['a fix', (s: Story) => s],
  ])('gives the whole check’s problems after %s', (_, change) => {
    const broken = updateEvent(story, 9, (e) => ({ ...e, summary: '' }));
    const before = change(broken);
    const after = updateEvent(before, 9, (e) => ({ ...e, summary: 'Written again.' }));
    for (const [a, b] of [
      [story, before],
      [before, after],
    ] as const) {
      const changed = changedEvents(a, b);
      expect(changed).not.toBeNull();
      const patched = patchChecks(checkDraft(a, {}), b, changed ?? [], {}, {});
      expect(sorted(patched)).toEqual(sorted(checkDraft(b, {})));
    }
  });
});

describe('patchPreview', () => {
  it('draws an event retitled, and leaves out one broken, as the whole preview would', () => {
    const base = previewStory(story);
    const retitled = retitleEvent(story, 4, 'A new title', []);
    const broken = updateEvent(retitled, 6, (e) => ({ ...e, attribution: '' }));
    const patched = patchPreview(base, story, broken, [4, 6], {}, undefined);
    const whole = previewStory(broken);
    expect(patched.ok && whole.ok).toBe(true);
    if (!patched.ok || !whole.ok) return;
    expect(patched.hiddenEvents).toBe(whole.hiddenEvents);
    const ids = (s: Story) => s.events.map((e) => `${e.id} ${e.title}`).sort();
    expect(ids(patched.story)).toEqual(ids(whole.story));
  });
});

describe('retitleEvent', () => {
  const blank: Story = {
    ...story,
    events: [...story.events, { ...story.events[0]!, id: 'event-41', title: '' }],
    steps: [{ event: 'event-41', caption: 'Here.' }],
  };
  it('makes the id of a new event from its title, and its steps follow', () => {
    const once = retitleEvent(blank, 40, 'Lab Alpha opens', []);
    expect(once.events[40]?.id).toBe('lab-alpha-opens');
    expect(once.steps?.[0]?.event).toBe('lab-alpha-opens');
    const twice = retitleEvent(once, 40, 'Lab Alpha opens its doors', []);
    expect(twice.events[40]?.id).toBe('lab-alpha-opens-its-doors');
  });
  it('keeps a published id, and one typed by hand', () => {
    expect(retitleEvent(blank, 40, 'Lab Alpha', ['event-41']).events[40]?.id).toBe('event-41');
    const typed = {
      ...blank,
      events: blank.events.map((e, j) => (j === 40 ? { ...e, id: 'mine' } : e)),
    };
    expect(retitleEvent(typed, 40, 'Lab Alpha', []).events[40]?.id).toBe('mine');
    expect(retitleEvent(story, 0, 'Another title', []).events[0]?.id).toBe(story.events[0]?.id);
  });
});
