// Checks story files: `npm run validate -- data/story.json other.json`.
// Prints every problem, one line each, and exits 1 if any file has one.
import { readFileSync, statSync } from 'node:fs';
import { checkStoryText, readErrorIssue, type FileCheck } from '../src/cli/checkFile';
import { formatIssue } from '../src/data/issues';
import { escapeForTerminal } from '../src/data/terminalText';
import { storySizeProblem } from '../src/data/limits';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE…');
  process.exit(2);
}

let problems = 0;
let failedFiles = 0;
for (const file of files) {
  let check: FileCheck;
  try {
    // The app's limit, checked before reading: a file it would refuse must not pass here.
    const tooBig = storySizeProblem(statSync(file).size);
    check = tooBig
      ? { ok: false, lines: [formatIssue({ file, path: '(file)', message: tooBig })] }
      : checkStoryText(file, readFileSync(file, 'utf8'));
  } catch (error) {
    check = { ok: false, lines: [formatIssue(readErrorIssue(file, error))] };
  }
  for (const line of check.lines) console.log(escapeForTerminal(line));
  if (!check.ok) {
    problems += check.lines.length;
    failedFiles += 1;
  }
}
if (failedFiles > 0) {
  const s = (n: number) => (n === 1 ? '' : 's');
  console.log(`${problems} problem${s(problems)} in ${failedFiles} file${s(failedFiles)}`);
  process.exit(1);
}
