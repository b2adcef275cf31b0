// Checks story files: `npm run validate -- data/story.json other.json`.
// Prints every problem, one line each, and exits 1 if any file has one.
import { checkStoryText, readErrorIssue, type FileCheck } from '../src/cli/checkFile';
import { formatIssue } from '../src/data/issues';
import { escapeForTerminal } from '../src/data/terminalText';
import { readStoryFile } from '../src/cli/readStoryFile';

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
    // The app's limit: a file it would refuse must not pass here.
    const read = readStoryFile(file);
    check = read.ok
      ? checkStoryText(file, read.text)
      : { ok: false, lines: [formatIssue({ file, path: '(file)', message: read.message })] };
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
