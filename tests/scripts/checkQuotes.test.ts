import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The script itself only reads files and prints; its logic is tested in tests/data/quoteCheck.
describe('scripts/check-quotes.ts', () => {
  it('is part of the test command, before the unit tests', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['check:quotes']).toBe('tsx scripts/check-quotes.ts');
    expect(pkg.scripts.test).toMatch(/npm run lint && npm run check:quotes && npm run test:unit/);
  });

  // Starting tsx takes a few seconds on a busy machine.
  it(
    'fails, saying so, when SEEDS_DIR names a folder that is not there',
    { timeout: 30_000 },
    () => {
      const run = spawnSync('node_modules/.bin/tsx', ['scripts/check-quotes.ts'], {
        env: { ...process.env, SEEDS_DIR: '/nonexistent/seeds' },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('quote check failed: SEEDS_DIR /nonexistent/seeds not found');
    },
  );

  it('maps every source of the bundled story to a document', () => {
    const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as {
      sources: { id: string }[];
    };
    const mapping = JSON.parse(readFileSync('scripts/quote-documents.json', 'utf8')) as Record<
      string,
      string
    >;
    expect(Object.keys(mapping).sort()).toEqual(story.sources.map((s) => s.id).sort());
  });
});
