// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStory, validateStory } from '../../src/data/validate';
import { formatIssue } from '../../src/data/issues';
import type { LoadResult } from '../../src/data/issues';
import type { StoryFile as Story } from '../../src/data/schema';
import { validStoryArb } from '../fixtures/arbitraries';
import { damageAnywhere } from './damage';

/** A result either holds data or at least one issue, each a readable one-line message. */
function wellFormed(result: LoadResult<Story>) {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    const line = formatIssue(issue);
    expect(line.length).toBeLessThan(1500);
    expect(line.startsWith('f.json: ')).toBe(true);
  }
}

const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'id',
  'date',
  'precision',
  'events',
] as const;

/** Sets an own, enumerable key, even `__proto__`, as JSON.parse would. */
function setOwn(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

describe('validateStory and parseStory (properties)', { timeout: 60_000 }, () => {
  it('accept generated valid stories, as objects and as JSON text', () => {
    fc.assert(
      fc.property(validStoryArb, (story) => {
        const direct = validateStory(story, 'f.json');
        expect(direct.ok ? [] : direct.issues.map(formatIssue)).toEqual([]);
        expect(parseStory(JSON.stringify(story), 'f.json').ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throw on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        wellFormed(validateStory(value, 'f.json'));
        wellFormed(parseStory(JSON.stringify(value) ?? '', 'f.json'));
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary values, JSON or not', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true }),
        (v) => {
          wellFormed(validateStory(v, 'f.json'));
        },
      ),
    );
  });

  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        wellFormed(parseStory(text, 'f.json'));
      }),
    );
  });

  it('never throw on a valid story damaged anywhere, __proto__ keys included', () => {
    fc.assert(
      fc.property(
        validStoryArb,
        fc.nat(),
        fc.constantFrom(...DANGEROUS_KEYS),
        fc.jsonValue({ maxDepth: 3 }),
        (story, n, key, value) => {
          damageAnywhere(story, n, key, value);
          wellFormed(validateStory(story, 'f.json'));
          wellFormed(parseStory(JSON.stringify(story), 'f.json'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throw on JSON text with __proto__ keys', () => {
    fc.assert(
      fc.property(validStoryArb, fc.jsonValue({ maxDepth: 2 }), (story, value) => {
        const text = JSON.stringify(story).replace(
          /"events":\[\{/,
          `"events":[{"__proto__":${JSON.stringify(value)},`,
        );
        const result = parseStory(`{"__proto__":{"title":"x"},${text.slice(1)}`, 'f.json');
        wellFormed(result);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it.each([10, 1_000, 100_000])('never throw on nesting %i deep', (depth) => {
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const objects = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    for (const text of [
      arrays,
      `{"events":${arrays}}`,
      `{"events":[${objects}]}`,
      `{"title":${objects},"actors":[${objects}]}`,
    ])
      wellFormed(parseStory(text, 'f.json'));
    let deep: unknown = [];
    for (let i = 0; i < depth; i++) deep = { events: [deep], id: 'x' };
    wellFormed(validateStory(deep, 'f.json'));
  });

  it('never throw on huge strings, and keep each problem to one readable line', () => {
    const huge = 'x'.repeat(2_000_000);
    fc.assert(
      fc.property(
        validStoryArb,
        fc.constantFrom('title', 'id', 'key', 'quote', 'url'),
        (story, where) => {
          const s = structuredClone(story);
          if (where === 'title') s.title = huge;
          if (where === 'key') setOwn(s, huge, 1);
          if (where === 'id') s.actors[0]!.id = huge;
          if (where === 'url') s.sources[0]!.url = `https://${huge}`;
          const event = s.events[0];
          if (where === 'quote' && event) event.citations[0]!.quote = huge;
          wellFormed(validateStory(s, 'f.json'));
        },
      ),
      { numRuns: 20 },
    );
  });
});
