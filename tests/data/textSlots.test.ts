import { readFileSync } from 'node:fs';
import { textSlots } from '../../src/data/textSlots';

const bundled: unknown = JSON.parse(readFileSync('data/story.json', 'utf8'));

describe('textSlots', () => {
  it('finds our own words from the schema, named by id where items have one', () => {
    const slots = textSlots(bundled);
    const ats = slots.map((s) => s.at);
    expect(ats.slice(0, 3)).toEqual(['title', 'dek', 'credit']);
    expect(ats).toContain('events[0].summary');
    expect(ats).toContain('events[0].attribution');
    const first = slots.find((s) => s.at === 'events[0].title');
    expect(first?.key).toMatch(/^events\[#[a-z0-9-]+\]\.title$/);
  });

  it('leaves out quotes, ids, dates and links: they are not ours to translate', () => {
    const ats = textSlots(bundled).map((s) => s.at);
    expect(ats.some((a) => /quote|\.id$|\.url$|\.date\.date$|outlet/.test(a))).toBe(false);
  });

  it('reads a draft with gaps and wrong types without throwing', () => {
    const slots = textSlots({
      title: 3,
      events: [{ id: '', title: 'x', date: null }],
      actors: 'no',
    });
    expect(slots.map((s) => [s.at, s.key])).toEqual([
      ['title', 'title'],
      ['events[0].title', 'events[0].title'],
    ]);
  });
});
