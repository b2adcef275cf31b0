// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/data/validate';
import { formatIssue } from '../../src/data/issues';
import { EVENT_KINDS } from '../../src/data/schema';
import { MAX_ACTORS, MAX_ANNOTATIONS, MAX_STORY_BYTES } from '../../src/data/limits';

const doc = readFileSync('docs/story-format.md', 'utf8');

describe('docs/story-format.md', () => {
  it('gives an example story that validates', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const result = parseStory(example, 'docs/story-format.md');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('uses every date precision and every optional part in its example', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    for (const p of ['day', 'month', 'range', 'approximate'])
      expect(example).toContain(`"precision": "${p}"`);
    for (const field of [
      'corrections',
      'people',
      'disagreements',
      'figures',
      'annotations',
      'steps',
    ])
      expect(example).toContain(`"${field}"`);
  });

  it('lists every event kind', () => {
    for (const kind of EVENT_KINDS) expect(doc).toContain(`\`${kind}\``);
  });

  it('quotes the limits the app and the CLI enforce', () => {
    const limits = /## Limits\n([\s\S]*?)\n## /.exec(doc)?.[1] ?? '';
    expect(limits).toContain(`| The file            | ${MAX_STORY_BYTES / 1048576} MB`);
    expect(limits).toContain('0001 to 9999');
    expect(limits).toMatch(new RegExp(`\\| Actors +\\| ${MAX_ACTORS} +\\|`));
    expect(limits).toMatch(new RegExp(`\\| Annotations +\\| ${MAX_ANNOTATIONS} +\\|`));
  });
});
