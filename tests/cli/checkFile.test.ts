// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStoryText, countStory, readErrorIssue } from '../../src/cli/checkFile';
import { formatIssue } from '../../src/data/issues';
import { MAX_STORY_BYTES, storySizeProblem } from '../../src/data/limits';
import { makeStory } from '../fixtures/story';

describe('checkStoryText', () => {
  it('summarises a clean story in one line', () => {
    const check = checkStoryText('s.json', JSON.stringify(makeStory()));
    expect(check).toEqual({
      ok: true,
      lines: ['s.json: ok — 3 events, 2 actors, 2 sources, 4 quotes'],
    });
  });

  it('counts disagreement accounts and figures as quotes', () => {
    const story = makeStory();
    story.events[0]!.disagreements = [
      {
        about: 'size',
        accounts: [
          { source: 'wire', says: 'big', quote: 'It was big.' },
          { source: 'paper', says: 'small', quote: 'It was small.' },
        ],
      },
    ];
    expect(countStory(story).quotes).toBe(6);
  });

  it('prints one line per problem', () => {
    const story = makeStory();
    story.events[0]!.actors = ['nobody'];
    story.sources[0]!.url = 'javascript:alert(1)';
    const check = checkStoryText('s.json', JSON.stringify(story));
    expect(check.ok).toBe(false);
    expect(check.lines).toHaveLength(2);
  });

  it.each([
    ['', /^e\.json: \(root\): the file is empty$/],
    ['{\n  "title": "x"\n  "dek": "y"\n}', /not valid JSON: .* \(line 3, column 3\)\. check for/],
    ['\uFEFF{}', /e\.json: title: "title" is missing/],
    ['[]', /e\.json: \(root\): Invalid input: expected object, received array/],
    // UTF-16 read as UTF-8: the byte-order mark as two replacement characters, or NULs.
    [
      '\uFFFD\uFFFD{\u0000}\u0000',
      /e\.json: \(root\): the file is UTF-16; story files must be UTF-8/,
    ],
    ['{\u0000"\u0000a\u0000"\u0000', /the file is UTF-16; story files must be UTF-8\. save it/],
  ])('explains text that is not a story: %j', (text, line) => {
    const check = checkStoryText('e.json', text);
    expect(check.ok).toBe(false);
    expect(check.lines[0]).toMatch(line);
  });
});

describe('readErrorIssue', () => {
  it('says a file is missing', () => {
    const error = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    expect(formatIssue(readErrorIssue('x.json', error))).toBe(
      'x.json: (root): no such file. check the path (it is relative to the current folder)',
    );
  });
});

describe('npm run validate', { timeout: 30_000 }, () => {
  const run = (...files: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...files], {
      encoding: 'utf8',
    });

  it('passes the bundled story', () => {
    const r = run('data/story.json');
    expect(r.stdout).toMatch(/^data\/story\.json: ok — \d+ events, \d+ actors/);
    expect(r.status).toBe(0);
  });

  it('lists every problem in every file and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const story = makeStory();
    story.events[0]!.actors = ['nobody'];
    story.events[1]!.date = { precision: 'range', start: '2026-05-01', end: '2026-04-01' };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(story));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(makeStory()));
    const r = run(join(dir, 'bad.json'), join(dir, 'good.json'), join(dir, 'missing.json'));
    expect(r.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/bad\.json: events\[0\]\.actors\[0\] \(id "first"\): unknown actor/),
      expect.stringMatching(/bad\.json: events\[1\]\.date\.end \(id "second"\): end 2026-04-01/),
      expect.stringMatching(/good\.json: ok — 3 events/),
      expect.stringMatching(/missing\.json: \(root\): no such file/),
      '3 problems in 2 files',
    ]);
    expect(r.status).toBe(1);
  });

  it('prints control characters from the file and its name escaped, never raw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const story = makeStory();
    // An OSC that retitles the terminal window, a CSI that recolours it, a one-character C1 CSI.
    story.events[0]!.id = 'a\u001b]0;pwned\u0007\u001b[31mred\u009b2J';
    const file = join(dir, 'bad\u001b[2J.json');
    writeFileSync(file, JSON.stringify(story));
    const r = run(file);
    // eslint-disable-next-line no-control-regex -- looking for raw control characters
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('bad\\u001b[2J.json');
    expect(r.stdout).toContain('a\\u001b]0;pwned\\u0007\\u001b[31mred\\u009b2J');
    expect(r.status).toBe(1);
  });

  it("refuses a file over the app's 64 MB limit without reading it, as the app does", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'validate-')), 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, MAX_STORY_BYTES + 1); // sparse: no 64 MB written to disk
    const r = run(file);
    expect(r.stdout).toContain(`huge.json: (file): ${storySizeProblem(MAX_STORY_BYTES + 1)!}`);
    // In bytes: "64.0 MB; the limit is 64 MB" read as if it were within.
    expect(r.stdout).toContain(
      'the story file is 67,108,865 bytes (64.0 MB); the limit is 67,108,864 bytes (64 MB)',
    );
    expect(r.status).toBe(1);
  });
});
