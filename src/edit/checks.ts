import type { Story } from '../data/schema';
import type { StoryIssue } from '../data/issues';
import { validateStory } from '../data/validate';
import { checkQuotes, collectQuotes, type SourceDocument } from '../data/quoteCheck';
import { dateIssues } from '../data/dateChecks';
import { EventDateSchema } from '../data/schema';
import { storyLanguage } from '../data/localText';
import { joinTranslations, type Translations } from './translations';

/** The name the checks give the file, as `npm run validate -- story.json` would. */
export const FILE = 'story.json';

/** One problem, at the JSON path of the field it belongs to. */
export interface FieldProblem {
  path: string;
  /** The validator's (or the quote check's) own words, with its hint. */
  text: string;
  /** Errors block the download; warnings (the quote check) do not. */
  level: 'error' | 'warning';
}

export interface DraftChecks {
  errors: FieldProblem[];
  warnings: FieldProblem[];
  /** Every problem by its exact path. */
  byPath: Map<string, FieldProblem[]>;
  /** True while a big story's whole check is behind its last changes (`useDraftChecks`). */
  pending?: boolean;
}

const issueText = (i: StoryIssue) => `${i.message}${i.hint ? `. ${i.hint}` : ''}`;

/** The quote check on the sources whose text the editor has given; others are not checked. */
export function quoteWarnings(story: Story, texts: Record<string, string>): FieldProblem[] {
  const docs = new Map<string, SourceDocument>();
  for (const s of story.sources) {
    const text = texts[s.id];
    if (text?.trim()) docs.set(s.id, { name: `the text of source "${s.id}"`, text });
  }
  const quotes = collectQuotes(story).filter((q) => q.source !== null && docs.has(q.source));
  return checkQuotes(quotes, (id) => docs.get(id), [...docs.values()]).map((p) => ({
    path: p.path,
    text: p.message,
    level: 'warning',
  }));
}

/**
 * Calendar problems in dates the validator did not reach: it checks an event's calendar only
 * once the event passes the schema, but an editor filling in a new event wants "2026-02-30 is
 * not a calendar date" while its title is still empty. The same checks, in the same words.
 */
function earlyDateIssues(story: Story, reported: readonly FieldProblem[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  story.events.forEach((e, i) => {
    const at = `events[${i}].date`;
    if (reported.some((p) => p.path === at || p.path.startsWith(`${at}.`))) return;
    const date = EventDateSchema.safeParse(e.date);
    if (!date.success) return;
    for (const d of dateIssues(date.data))
      out.push({
        path: `${at}.${d.field}`,
        text: issueText({ file: FILE, path: '', ...d }),
        level: 'error',
      });
  });
  return out;
}

/** The validator's issues and the quote check's flags, ready to show at their fields. */
export function checkDraft(
  story: Story,
  texts: Record<string, string>,
  translations: Translations = {},
): DraftChecks {
  const result = validateStory(joinTranslations(story, translations), FILE);
  // A text with translations is a map in the file: its own language's problems belong to the
  // form's field (`title`), a translation's to its own (`title.de`).
  const ownSuffix = `.${storyLanguage(story)}`;
  const reported: FieldProblem[] = result.ok
    ? []
    : result.issues.map((i) => ({
        path: i.path.endsWith(ownSuffix) ? i.path.slice(0, -ownSuffix.length) : i.path,
        text: issueText(i),
        level: 'error',
      }));
  const errors = result.ok ? reported : [...reported, ...earlyDateIssues(story, reported)];
  const warnings = quoteWarnings(story, texts);
  const byPath = new Map<string, FieldProblem[]>();
  for (const p of [...errors, ...warnings]) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
  return { errors, warnings, byPath };
}

/** How many problems sit at `prefix` or inside it (`events[2]` counts `events[2].date.end`). */
export function countUnder(checks: DraftChecks, prefix: string): number {
  let n = 0;
  for (const [path, list] of checks.byPath)
    if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`))
      n += list.length;
  return n;
}
