// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../src/data/validate';
import { formatIssue } from '../../src/data/issues';
import { impossibleDay, makeStory } from '../fixtures/story';

type Story = ReturnType<typeof makeStory>;

/** Validates a mutated copy of the fixture; returns its issues as CLI lines. */
function problems(mutate: (s: Story) => void): string[] {
  const story = makeStory();
  mutate(story);
  const result = validateStory(story, 'f.json');
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** Writes an invalid value into a typed story, as an editor's typo would. */
function set(target: object, key: string, value: unknown) {
  (target as Record<string, unknown>)[key] = value;
}

describe('crossCheck', () => {
  it.each<[string, (s: Story) => void, RegExp]>([
    [
      'an unknown source in a disagreement',
      (s) =>
        (s.events[0]!.disagreements = [
          {
            about: 'size',
            accounts: [
              { source: 'wire', says: 'big', quote: 'It was big.' },
              { source: 'blog', says: 'small', quote: 'It was small.' },
            ],
          },
        ]),
      /^f\.json: events\[0\]\.disagreements\[0\]\.accounts\[1\]\.source \(id "first"\): unknown source "blog"/,
    ],
    [
      'an unknown group',
      (s) => (s.actors[1]!.group = 'three'),
      /^f\.json: actors\[1\]\.group \(id "globex"\): unknown group "three"\. known groups: one, two$/,
    ],
    [
      'a duplicate source id',
      (s) => (s.sources[1]!.id = 'wire'),
      /sources\[1\]\.id \(id "wire"\): duplicate source id "wire"/,
    ],
    [
      'a quote with no words',
      (s) => (s.events[2]!.citations[0]!.quote = '“…”'),
      /events\[2\]\.citations\[0\]\.quote \(id "third"\): the quote "“…”" has no words/,
    ],
    [
      'an impossible published date',
      (s) => (s.published = '2026-02-29'),
      /^f\.json: published: 2026-02-29 is not a calendar date/,
    ],
    [
      'updated before published',
      (s) => Object.assign(s, { published: '2026-05-02', updated: '2026-05-01' }),
      /^f\.json: updated: updated 2026-05-01 is before published 2026-05-02/,
    ],
    [
      'a correction after the update',
      (s) =>
        Object.assign(s, {
          updated: '2026-05-01',
          corrections: [{ date: '2026-05-03', text: 'Fixed a date.' }],
        }),
      /updated: updated 2026-05-01 is before the correction of 2026-05-03/,
    ],
    [
      'an impossible correction date',
      (s) => (s.corrections = [{ date: '2026-04-31', text: 'Fixed a date.' }]),
      /corrections\[0\]\.date: 2026-04-31 is not a calendar date/,
    ],
    [
      'a step to an unknown event',
      (s) => (s.steps = [{ event: 'fourth', caption: 'Then.' }]),
      /steps\[0\]\.event: unknown event "fourth"/,
    ],
    [
      'a month given to precision day',
      (s) => set(s.events[0]!, 'date', { precision: 'day', date: '2026-02' }),
      /events\[0\]\.date\.date \(id "first"\): .*"2026-02" is a month: use \{"precision": "month"/,
    ],
    [
      'a month field under precision day',
      (s) => set(s.events[0]!, 'date', { precision: 'day', month: '2026-02' }),
      /events\[0\]\.date \(id "first"\): "date" is missing.*"month".*precision "day" does not fit/,
    ],
    [
      'a year alone',
      (s) => set(s.events[0]!, 'date', { precision: 'year', date: '2026' }),
      /a year alone is written as \{"precision": "year", "year": "2026"\}/,
    ],
    [
      'a date with no precision',
      (s) => set(s.events[0]!, 'date', { start: '2026-01-01', end: '2026-01-09' }),
      /add a precision: \{"precision": "range"/,
    ],
    [
      'a data: link',
      (s) => (s.sources[0]!.url = 'data:text/html,<script>alert(1)</script>'),
      /sources\[0\]\.url \(id "wire"\): link .* is not an http: or https: URL/,
    ],
  ])('reports %s', (_name, mutate, line) => {
    const lines = problems(mutate);
    expect(
      lines.some((l) => line.test(l)),
      lines.join('\n'),
    ).toBe(true);
  });

  it('reports reference problems alongside schema errors', () => {
    const lines = problems((s) => {
      set(s.events[0]!, 'title', 42);
      s.events[1]!.actors = ['nobody'];
      s.events[2]!.date = impossibleDay();
    });
    expect(lines).toEqual([
      expect.stringMatching(/^f\.json: events\[0\]\.title \(id "first"\): Invalid input/),
      expect.stringMatching(/events\[1\]\.actors\[0\] \(id "second"\): unknown actor "nobody"/),
      expect.stringMatching(/events\[2\]\.date\.date \(id "third"\): 2026-02-30 is not a calendar/),
    ]);
  });

  it('does not call a reference unknown when its target failed the schema', () => {
    const lines = problems((s) => set(s.actors[0]!, 'name', ''));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/actors\[0\]\.name \(id "acme"\): must not be empty/);
  });

  it('names a missing field plainly', () => {
    const lines = problems((s) => set(s.events[1]!, 'summary', undefined));
    expect(lines).toEqual([
      'f.json: events[1].summary (id "second"): "summary" is missing (expected string)',
    ]);
  });

  it('accepts an approximate date that is a single day, as the bundled story uses', () => {
    const lines = problems(
      (s) =>
        (s.events[0]!.date = {
          precision: 'approximate',
          start: '2026-06-24',
          end: '2026-06-24',
          basis: 'reported with the letter',
        }),
    );
    expect(lines).toEqual([]);
  });
});
