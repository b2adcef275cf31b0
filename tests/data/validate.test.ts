import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory, validateStory } from '../../src/data/validate';
import { formatIssue } from '../../src/data/issues';
import { makeStory } from '../fixtures/story';
import { MAX_ACTORS, MAX_ANNOTATIONS } from '../../src/data/limits';

describe('the bundled story', () => {
  it('is valid', () => {
    const text = readFileSync('data/story.json', 'utf8');
    const result = parseStory(text, 'data/story.json');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });
});

describe('validateStory', () => {
  it('accepts the small fixture', () => {
    expect(validateStory(makeStory(), 'f.json').ok).toBe(true);
  });

  it.each([
    [
      'unknown actor',
      (s: ReturnType<typeof makeStory>) => (s.events[0]!.actors = ['nobody']),
      'events[0].actors[0]',
      /unknown actor "nobody"/,
    ],
    [
      'missing quote',
      (s: ReturnType<typeof makeStory>) => (s.events[1]!.citations = []),
      'events[1].citations',
      /at least one quoted source/,
    ],
    [
      'end before start',
      (s: ReturnType<typeof makeStory>) =>
        (s.events[2]!.date = { precision: 'range', start: '2026-06-05', end: '2026-04-22' }),
      'events[2].date.end',
      /before start/,
    ],
    [
      'duplicate id',
      (s: ReturnType<typeof makeStory>) => (s.events[1]!.id = s.events[0]!.id),
      'events[1].id',
      /duplicate event id/,
    ],
    [
      'impossible day',
      (s: ReturnType<typeof makeStory>) =>
        (s.events[0]!.date = { precision: 'day', date: '2026-02-30' }),
      'events[0].date.date',
      /not a calendar date/,
    ],
    [
      'javascript: link',
      (s: ReturnType<typeof makeStory>) => (s.sources[0]!.url = 'javascript:alert(1)'),
      'sources[0].url',
      /not an http: or https: URL/,
    ],
    [
      'zero for an undisclosed figure',
      (s: ReturnType<typeof makeStory>) =>
        (s.events[0]!.figures = [
          {
            metric: 'exchanges',
            actor: 'acme',
            value: 0,
            qualifier: 'not-disclosed',
            citation: { source: 'wire', quote: 'a quote long enough' },
          },
        ]),
      'events[0].figures[0].value',
      /./,
    ],
  ])('reports %s with its path and event id', (_name, mutate, path, message) => {
    const story = makeStory();
    mutate(story);
    const result = validateStory(story, 'broken.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
    expect(issue?.file).toBe('broken.json');
    if (path.startsWith('events')) expect(issue?.id).toBeTruthy();
  });

  it('refuses year 0000 wherever a date goes, as the importer and the docs do', () => {
    const story = makeStory();
    story.events[0]!.date = { precision: 'day', date: '0000-03-01' };
    story.events[1]!.date = { precision: 'month', month: '0000-12' };
    story.published = '0000-01-01';
    const r = validateStory(story, 'y0.json');
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.issues.map(formatIssue);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^y0\.json: published: 0000-01-01 is not a calendar date\. there is no year 0000/,
        ),
        expect.stringMatching(/events\[0\]\.date\.date .*0000-03-01 is not a calendar date/),
        expect.stringMatching(/events\[1\]\.date\.month .*0000-12 is not a calendar date/),
      ]),
    );
    expect(validateStory({ ...makeStory(), published: '0001-01-01' }, 'y1.json').ok).toBe(true);
  });

  it('refuses more actors or annotations than the page can draw, naming the limit', () => {
    const story = makeStory();
    const group = story.groups[0]!.id;
    const actor = (i: number) => ({ id: `extra-${i}`, name: `Extra ${i}`, group });
    const note = { events: [story.events[0]!.id], text: 'A note' };
    const at = (actors: number, annotations: number) => ({
      ...story,
      actors: [
        ...story.actors,
        ...Array.from({ length: actors - story.actors.length }, (_, i) => actor(i)),
      ],
      annotations: Array.from({ length: annotations }, () => note),
    });
    expect(validateStory(at(MAX_ACTORS, MAX_ANNOTATIONS), 'max.json').ok).toBe(true);
    const r = validateStory(at(MAX_ACTORS + 1, MAX_ANNOTATIONS + 1), 'over.json');
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      `over.json: actors: ${MAX_ACTORS + 1} actors; the limit is ${MAX_ACTORS}. name only the main actors, or split the story`,
      `over.json: annotations: ${MAX_ANNOTATIONS + 1} annotations; the limit is ${MAX_ANNOTATIONS}. keep the notes a reader needs, or split the story`,
    ]);
  });

  it('reports every problem at once', () => {
    const story = makeStory();
    story.events[0]!.actors = ['nobody'];
    story.events[1]!.id = story.events[2]!.id;
    const result = validateStory(story, 'x.json');
    expect(result.ok ? 0 : result.issues.length).toBeGreaterThanOrEqual(2);
  });

  it('turns bad JSON into a message, not a throw', () => {
    const result = parseStory('{"title": ', 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatIssue(result.issues[0]!)).toMatch(/^bad\.json: \(root\): not valid JSON/);
  });

  it('names a misspelt field', () => {
    const story = { ...makeStory(), titel: 'x' };
    const result = validateStory(story, 'x.json');
    expect(result.ok ? '' : formatIssue(result.issues[0]!)).toMatch(/titel/);
  });
});

describe('characters a text may not hold', () => {
  const lines = (change: (s: ReturnType<typeof makeStory>) => void) => {
    const story = makeStory();
    change(story);
    const r = validateStory(JSON.parse(JSON.stringify(story)), 's.json');
    return r.ok ? [] : r.issues.map(formatIssue);
  };
  const id = makeStory().events[0]!.id;

  it.each([
    [
      'a right-to-left override',
      'Ann\u202Eounced',
      'U+202E (right-to-left override) at character 4',
    ],
    ['a left-to-right isolate', '\u2066x\u2069', 'U+2066 (left-to-right isolate) at character 1'],
    ['a lone high surrogate', 'bad \uD83D text', 'U+D83D (half of a surrogate pair'],
    ['a lone low surrogate', 'bad \uDE00 text', 'U+DE00 (half of a surrogate pair'],
    ['an escape', 'red\u001b[31m', 'U+001B (a control character) at character 4'],
    ['a NUL', 'a\u0000b', 'U+0000 (a control character)'],
    ['a C1 control', 'a\u009bb', 'U+009B (a control character)'],
  ])('refuses %s in an event title, naming event and field', (_name, title, message) => {
    expect(lines((s) => (s.events[0]!.title = title))).toEqual([
      expect.stringContaining(`s.json: events[0].title (id "${id}"): contains ${message}`),
    ]);
  });

  it('refuses them in a language of a text map and in a quote too', () => {
    expect(
      lines((s) => {
        Object.assign(s, { title: { en: 'Title', de: 'Tit\u202Eel' } });
        s.events[0]!.citations[0]!.quote = 'said\u202E so';
      }),
    ).toEqual([
      expect.stringMatching(/^s\.json: title\.de: contains U\+202E/),
      expect.stringMatching(/events\[0\]\.citations\[0\]\.quote \(id "[^"]+"\): contains U\+202E/),
    ]);
  });

  it.each([
    ['a zero-width joiner (emoji, Indic scripts)', 'a\u200Db'],
    ['a zero-width non-joiner (Persian)', 'می\u200Cخواهم'],
    ['a right-to-left mark', 'Arabic \u200F text'],
    ['a line break and a tab', 'one\n\ttwo'],
    ['an emoji (a surrogate pair)', 'launch 🚀'],
  ])('keeps %s', (_name, title) => {
    expect(lines((s) => (s.events[0]!.title = title))).toEqual([]);
  });
});

describe('a text map', () => {
  it('refuses a "__proto__" key like any key that is not a language', () => {
    const story = JSON.parse(JSON.stringify(makeStory())) as Record<string, unknown>;
    // JSON.parse makes "__proto__" an own key, as a story file's would be.
    story.dek = JSON.parse('{"en": "Dek", "__proto__": "x"}');
    const r = validateStory(story, 's.json');
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^s\.json: dek\.__proto__: unknown key "__proto__"/),
    ]);
  });

  it('refuses it in a file, written plainly or with escapes', () => {
    for (const key of ['__proto__', '\\u005f_proto__']) {
      const text = JSON.stringify({ ...makeStory(), dek: 'DEK' }).replace(
        '"DEK"',
        `{"${key}": "x", "en": "Dek"}`,
      );
      const r = parseStory(text, 's.json');
      expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
        expect.stringMatching(/^s\.json: dek\.__proto__: unknown key "__proto__"/),
      ]);
    }
  });

  it('refuses it among translations of a quote', () => {
    const story = JSON.parse(JSON.stringify(makeStory())) as ReturnType<typeof makeStory>;
    story.events[0]!.citations[0]!.translations = JSON.parse('{"de": "Zitat", "__proto__": {}}');
    const r = validateStory(story, 's.json');
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        /events\[0\]\.citations\[0\]\.translations\.__proto__ \(id "[^"]+"\): unknown key/,
      ),
    ]);
  });
});
