// Converts a TimelineJS file (JSON, or the Google Sheets template as CSV) into a story:
// `npm run import -- FILE [-o OUT]`. The story goes to OUT or stdout; the report of what
// was not kept goes to stderr. Exits 1 if the file is refused, 2 on bad arguments.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { readErrorIssue } from '../src/cli/checkFile';
import { readStoryFile } from '../src/cli/readStoryFile';
import { looksLikeUtf16, UTF16_PROBLEM } from '../src/data/utf16';
import { formatIssue } from '../src/data/issues';
import { importTimelineJs } from '../src/import/importText';
import { escapeForTerminal, escapeJsonForTerminal } from '../src/data/terminalText';

/** Every report line goes through here: it quotes the file's own text. */
const report = (line: string) => console.error(escapeForTerminal(line));

const USAGE = 'usage: npm run import -- FILE [-o OUT]';

function parseArgs(args: string[]): { file: string; out: string | undefined } | undefined {
  const rest = args.filter((a) => a !== '--');
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '-o' || a === '--output') out = rest[++i];
    else if (a.startsWith('-')) return undefined;
    else files.push(a);
  }
  if (files.length !== 1 || (rest.includes('-o') && !out)) return undefined;
  return { file: files[0] ?? '', out };
}

const args = parseArgs(process.argv.slice(2));
if (!args) {
  console.error(USAGE);
  process.exit(2);
}

let text: string;
try {
  // The reader's size limit; a device or a pipe is refused rather than read forever.
  const read = readStoryFile(args.file);
  if (!read.ok) {
    report(formatIssue({ file: args.file, path: '(file)', message: read.message }));
    process.exit(1);
  }
  text = read.text;
} catch (error) {
  report(formatIssue(readErrorIssue(args.file, error)));
  process.exit(1);
}
if (looksLikeUtf16(text)) {
  report(formatIssue({ file: args.file, path: '(file)', ...UTF16_PROBLEM }));
  process.exit(1);
}

const result = importTimelineJs(text, args.file);
if (!result.ok) {
  report(`${args.file}: not imported`);
  for (const issue of result.report) report(formatIssue(issue));
  process.exit(1);
}

const { story, report: notKept } = result;
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
report(
  `${args.file}: imported ${count(story.events.length, 'event')}, ${count(story.actors.length, 'actor')}, ${count(story.sources.length, 'source')}`,
);
if (notKept.length) {
  report(`Not kept or changed (${notKept.length}):`);
  for (const issue of notKept) report(`  ${formatIssue(issue)}`);
}

// Inside the project, point editors at the schema from wherever the story is written.
const schemaFile = resolve('data/story.schema.json');
const inProject = args.out !== undefined && !relative('.', args.out).startsWith('..');
const $schema =
  args.out && inProject && existsSync(schemaFile)
    ? relative(dirname(resolve(args.out)), schemaFile).replace(/^(?!\.)/, './')
    : undefined;
const json = JSON.stringify($schema ? { $schema, ...story } : story);
const pretty = await format(json, {
  ...((await resolveConfig(args.out ?? 'story.json')) ?? {}),
  parser: 'json',
});
if (args.out) {
  writeFileSync(args.out, pretty);
  report(`written to ${args.out}; check it with: npm run validate -- ${args.out}`);
} else process.stdout.write(escapeJsonForTerminal(pretty));
