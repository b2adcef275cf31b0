// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../src/cli/jsonSchema';

describe('data/story.schema.json', () => {
  it('matches what `npm run schema` generates from the zod schema', () => {
    const committed: unknown = JSON.parse(readFileSync('data/story.schema.json', 'utf8'));
    // On failure: run `npm run schema` and commit the result.
    expect(committed).toEqual(buildJsonSchema());
  });

  it('is what the bundled story points at', () => {
    const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { $schema?: unknown };
    expect(story.$schema).toBe('./story.schema.json');
  });

  it('describes every date precision', () => {
    const text = JSON.stringify(buildJsonSchema());
    for (const p of ['day', 'month', 'range', 'approximate']) expect(text).toContain(`"${p}"`);
  });
});
