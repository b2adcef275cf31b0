/** One problem found in a story file, located well enough for an editor to fix it. */
export interface StoryIssue {
  /** The file (or URL) the story came from. */
  file: string;
  /** JSON path of the offending value, e.g. `events[3].date.end`. */
  path: string;
  /** The id of the event (or actor, source) the problem sits in, when there is one. */
  id?: string;
  message: string;
  hint?: string;
}

/** `file: path (event "id"): message. hint` — the one-line form used by the CLI and the error page. */
export function formatIssue(issue: StoryIssue): string {
  const where = issue.id ? `${issue.path} (id "${issue.id}")` : issue.path;
  return `${issue.file}: ${where}: ${issue.message}${issue.hint ? `. ${issue.hint}` : ''}`;
}

/** A failure with `retry` is the connection's, not the file's: the same load may yet work. */
export type LoadResult<T> =
  { ok: true; data: T } | { ok: false; issues: StoryIssue[]; retry?: true };
