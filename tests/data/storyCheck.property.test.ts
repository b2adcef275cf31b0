// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkStory as quick, hadNoTextMaps, REFUSED } from '../../src/data/storyCheck';
import { storyLanguages } from '../../src/data/localText';
import { LANG_TAG_PATTERN } from '../../src/data/patterns';
import { StorySchema } from '../../src/data/schema';
import { storyCheckSource } from '../../src/cli/storyCheckSource';
import { validStoryArb } from '../fixtures/arbitraries';
import { damageAnywhere, strings } from './damage';

/** Whether a "__proto__" own key sits anywhere in a value (zod's records let it through). */
function hasProtoKey(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  if (Object.hasOwn(value, '__proto__')) return true;
  return Object.values(value).some(hasProtoKey);
}

/** The generated check says what zod says: the same verdict, and the same value when accepted. */
function agrees(value: unknown) {
  const ours = quick(value);
  const theirs = StorySchema.safeParse(value);
  if (ours !== REFUSED) {
    expect(theirs.success).toBe(true);
    expect(ours).toEqual(theirs.data);
  } else if (!hasProtoKey(value)) expect(theirs.success).toBe(false);
  return ours !== REFUSED;
}

describe('storyCheck: the story schema as generated code', { timeout: 300_000 }, () => {
  it('accepts generated valid stories and returns what zod returns, unchanged', () => {
    fc.assert(
      fc.property(validStoryArb, (story) => {
        expect(agrees(story)).toBe(true);
        // With nothing to trim, the story itself comes back, not a copy.
        if (JSON.stringify(StorySchema.parse(story)) === JSON.stringify(story))
          expect(quick(story)).toBe(story);
      }),
      { numRuns: 80 },
    );
  });

  it('agrees with zod on a valid story damaged anywhere', () => {
    fc.assert(
      fc.property(
        validStoryArb,
        fc.nat(),
        fc.constantFrom('__proto__', 'id', 'title', 'date', 'precision', 'extra', 'en', 'de'),
        fc.jsonValue({ maxDepth: 3 }),
        (story, n, key, value) => {
          damageAnywhere(story, n, key, value);
          agrees(story);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('agrees with zod on any string replaced (blank, padded, control characters, too long)', () => {
    fc.assert(
      fc.property(
        validStoryArb,
        fc.nat(),
        fc.oneof(
          fc.constantFrom('', '   ', ' padded ', '\u202eflipped', 'a\u0000b', 'x'.repeat(2001)),
          fc.constantFrom('2026-02-30', '2026-13', 'Europe/Nowhere', 'UPPER', '#12345g'),
          fc.string({ unit: 'binary', maxLength: 30 }),
        ),
        (story, n, replacement) => {
          const paths = strings(story);
          const path = paths[n % paths.length]!;
          let target: Record<string | number, unknown> = story as never;
          for (const k of path.slice(0, -1)) target = target[k] as never;
          target[path.at(-1)!] = replacement;
          agrees(story);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('agrees with zod on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => void agrees(v)),
      { numRuns: 200 },
    );
  });

  it('trims as zod trims, copying only what changed', () => {
    fc.assert(
      fc.property(validStoryArb, (story) => {
        fc.pre(story.events.length >= 2);
        const title = 'A padded title';
        story.events[1]!.title = ` ${title}\n`;
        const out = quick(story) as typeof story;
        expect(out).toEqual(StorySchema.parse(story));
        expect(out.events[1]!.title).toBe(title);
        // An event with nothing to trim comes back as it is, not copied.
        if (JSON.stringify(out.events[0]) === JSON.stringify(story.events[0]))
          expect(out.events[0]).toBe(story.events[0]);
        expect(story.events[1]!.title).toBe(` ${title}\n`);
        story.events[1]!.title = '   ';
        expect(quick(story)).toBe(REFUSED);
      }),
      { numRuns: 20 },
    );
  });

  it('says a story has no text in several languages only where the walk for them finds none', () => {
    const paths = ['title', 'dek', 'events.0.title', 'events.1.summary', 'actors.0.label'];
    fc.assert(
      fc.property(validStoryArb, fc.subarray(paths), (story, mapped) => {
        for (const path of mapped) {
          const keys = path.split('.');
          let target = story as unknown as Record<string, unknown> | undefined;
          for (const k of keys.slice(0, -1))
            target = target?.[k] as Record<string, unknown> | undefined;
          if (target && typeof target[keys.at(-1)!] === 'string')
            target[keys.at(-1)!] = { en: 'In English', fr: 'En français' };
        }
        expect(quick(story)).not.toBe(REFUSED);
        // The walk, on a copy (its verdict is kept per story object).
        const walked = storyLanguages(structuredClone(story)).length > 1;
        expect(hadNoTextMaps()).toBe(!walked);
      }),
      { numRuns: 80 },
    );
  });

  it('has no object the walk could take for a text in several languages', () => {
    // The walk takes any object whose keys are all language codes holding strings for a text
    // (localText.ts); each object of the schema has a required key that is not one.
    const seen = new Set<object>();
    const objects: string[][] = [];
    const visit = (schema: unknown) => {
      if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
      seen.add(schema);
      const def = (schema as { _zod?: { def: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      if (def.type === 'object') {
        const shape = def.shape as Record<string, { _zod: { def: { type: string } } }>;
        objects.push(
          Object.entries(shape)
            .filter(([k, v]) => !LANG_TAG_PATTERN.test(k) && v._zod.def.type !== 'optional')
            .map(([k]) => k),
        );
        Object.values(shape).forEach(visit);
      }
      for (const v of Object.values(def)) (Array.isArray(v) ? v : [v]).forEach(visit);
    };
    visit(StorySchema);
    expect(objects.length).toBeGreaterThan(10);
    for (const required of objects) expect(required.length).toBeGreaterThan(0);
  });

  it('refuses to generate code for a zod type or check it does not know, rather than pass any value', () => {
    expect(() => storyCheckSource(z.strictObject({ a: z.date() }))).toThrow(/no code/);
    expect(() => storyCheckSource(z.object({ a: z.string() }))).toThrow(/strict/);
    expect(() =>
      storyCheckSource(z.strictObject({ a: z.string().refine((s) => s > 'a') })),
    ).toThrow(/no code for the check "custom"/);
    expect(() => storyCheckSource(z.strictObject({ a: z.string().toLowerCase() }))).toThrow(
      /no code for the check "overwrite"/,
    );
  });
});
