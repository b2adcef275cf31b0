import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { formatJson } from '../../src/edit/formatJson';
import { makeStory } from '../fixtures/story';

const prettier = (value: unknown) =>
  format(JSON.stringify(value), {
    parser: 'json',
    singleQuote: true,
    printWidth: 100,
    trailingComma: 'all',
  });

describe('formatJson', () => {
  it('lays out the bundled story as prettier does', async () => {
    const story: unknown = JSON.parse(readFileSync('data/story.json', 'utf8'));
    expect(formatJson(story)).toBe(await prettier(story));
  });

  it('lays out the test story as prettier does', async () => {
    expect(formatJson(makeStory())).toBe(await prettier(makeStory()));
  });

  it.each([
    [
      {
        a: [
          { id: 'x', label: 'y' },
          { id: 'z', label: 'w' },
        ],
      },
    ],
    [{ nested: { list: [{ a: 1 }, { b: 2 }] }, e: [], o: {} }],
    [
      {
        deep: {
          deeper: {
            list: [
              { a: 1, b: 2 },
              { a: 3, b: 4 },
            ],
          },
        },
      },
    ],
    [{ long: 'x'.repeat(120), arr: ['a', 'b'], single: [{ id: 'q', z: 1 }] }],
    [{ k: 'y'.repeat(80), o: { p: 'q'.repeat(70), r: 's' } }],
    [[{ a: 1 }, { a: 2 }]],
  ])('matches prettier on %j', async (value) => {
    expect(formatJson(value)).toBe(await prettier(value));
  });
});
