import type { StoryFile } from '../data/schema';
import { formatIssue, type StoryIssue } from '../data/issues';
import { parseStory } from '../data/validate';

/** How much a story holds, for the one-line summary. */
export interface StoryCounts {
  events: number;
  actors: number;
  sources: number;
  /** Every quoted passage: citations, disagreement accounts and figure citations. */
  quotes: number;
}

export function countStory(story: StoryFile): StoryCounts {
  let quotes = 0;
  for (const e of story.events) {
    quotes += e.citations.length + (e.figures?.length ?? 0);
    for (const d of e.disagreements ?? []) quotes += d.accounts.length;
  }
  return {
    events: story.events.length,
    actors: story.actors.length,
    sources: story.sources.length,
    quotes,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `data/story.json: ok — 13 events, 14 actors, 3 sources, 51 quotes` */
export function summarizeStory(file: string, story: StoryFile): string {
  const c = countStory(story);
  return `${file}: ok — ${plural(c.events, 'event')}, ${plural(c.actors, 'actor')}, ${plural(c.sources, 'source')}, ${plural(c.quotes, 'quote')}`;
}

const READ_ERRORS: Partial<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a story file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** A file that could not be read, as an issue (`data/x.json: (root): no such file`). */
export function readErrorIssue(file: string, error: unknown): StoryIssue {
  const code =
    error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const known = READ_ERRORS[code];
  const message = known ?? `cannot read it: ${error instanceof Error ? error.message : code}`;
  const issue: StoryIssue = { file, path: '(root)', message };
  if (code === 'ENOENT') issue.hint = 'check the path (it is relative to the current folder)';
  return issue;
}

/** The result of checking one file: the lines to print, and whether it passed. */
export interface FileCheck {
  ok: boolean;
  lines: string[];
}

/** Parses and validates one story file's text: every problem as a line, or a summary. */
export function checkStoryText(file: string, text: string): FileCheck {
  const result = parseStory(text, file);
  if (result.ok) return { ok: true, lines: [summarizeStory(file, result.data)] };
  return { ok: false, lines: result.issues.map(formatIssue) };
}
