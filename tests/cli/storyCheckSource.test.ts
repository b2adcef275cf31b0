// @vitest-environment node
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { storyCheckSource } from '../../src/cli/storyCheckSource';

describe('src/data/storyCheck.ts', () => {
  it('matches what `npm run schema` generates from the zod schema', async () => {
    const file = 'src/data/storyCheck.ts';
    const options = (await resolveConfig(file)) ?? {};
    const expected = await format(storyCheckSource(), { ...options, parser: 'typescript' });
    // On failure: run `npm run schema` and commit the result.
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
