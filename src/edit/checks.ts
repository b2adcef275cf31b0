import type { Story, StoryFile } from '../data/schema';
import type { StoryIssue } from '../data/issues';
import { validateStory } from '../data/validate';
import { crossCheck } from '../data/crossCheck';
import { checkQuotes, collectQuotes, type SourceDocument } from '../data/quoteCheck';
import { isListedOrigin, isShownImage } from '../data/mediaOrigins';
import { recognizeMedia } from '../data/recognizeMedia';
import { isSafeUrl } from '../data/safeUrl';
import { storyLanguage } from '../data/localText';
import { joinTranslations, type Translations } from './translations';
import { sayProblem } from './problemWords';
import { getAt } from './path';
import { words } from './words';

/** The name the checks give the file, as `npm run validate -- story.json` would. */
export const FILE = 'story.json';

/** One problem, at the JSON path of the field it belongs to. */
export interface FieldProblem {
  path: string;
  /** What is wrong and what to do, in the editor's words (`problemWords.ts`). */
  text: string;
  /**
   * Errors block the download; warnings (the quote check) and notes (an image readers will
   * see as a link) do not.
   */
  level: 'error' | 'warning' | 'note';
}

export interface DraftChecks {
  errors: FieldProblem[];
  /** Warnings and notes: what to check, which does not block the download. */
  warnings: FieldProblem[];
  /** Every problem by its exact path. */
  byPath: Map<string, FieldProblem[]>;
  /** True while a big story's whole check is behind its last changes (`useDraftChecks`). */
  pending?: boolean;
}

/** Where the published page will be, and the image sites its build lists. */
export interface ImageSites {
  readerUrl: string;
  origins: readonly string[];
}

/** The quote check on the sources whose text the editor has given; others are not checked. */
export function quoteWarnings(story: Story, texts: Record<string, string>): FieldProblem[] {
  const docs = new Map<string, SourceDocument>();
  for (const s of story.sources) {
    const text = texts[s.id];
    if (text?.trim())
      docs.set(s.id, { name: words.problems.textOf(s.title ?? s.outlet ?? s.id), text });
  }
  const quotes = collectQuotes(story).filter((q) => q.source !== null && docs.has(q.source));
  return checkQuotes(quotes, (id) => docs.get(id), [...docs.values()]).map((p) => ({
    path: p.path,
    text: sayProblem(p, story),
    level: 'warning',
  }));
}

/**
 * Images and players (a video's, a map's) on a site the page will not load from: readers get a
 * link instead. Said at the address as it is typed, not only in the preview.
 */
export function imageNotes(story: Story, sites: ImageSites): FieldProblem[] {
  const out: FieldProblem[] = [];
  story.events.forEach((e, i) => {
    const src = e.media?.type === 'image' ? e.media.src.trim() : '';
    if (!isSafeUrl(src) || isShownImage(src, sites.readerUrl, sites.origins)) return;
    out.push({
      path: `events[${i}].media.src`,
      text: words.problems.otherSite(new URL(src).host),
      level: 'note',
    });
  });
  story.events.forEach((e, i) => {
    const found = e.media?.type === 'link' ? recognizeMedia(e.media.url) : null;
    if (!found?.player || found.kind === 'link' || isListedOrigin(found.player, sites.origins))
      return;
    out.push({
      path: `events[${i}].media.url`,
      text: words.problems.playerNotListed(found.kind, new URL(found.player).host),
      level: 'note',
    });
  });
  return out;
}

/**
 * What the validator leaves unsaid while the schema fails: it cross-checks only the items that
 * pass the schema, so a duplicate id, an unknown source or a `javascript:` link in an event
 * whose title is still empty would wait for the title. The same cross-checks on the whole
 * draft (whose shape the forms keep), less what is already said at the same field.
 */
function earlyIssues(joined: StoryFile, reported: readonly StoryIssue[]): StoryIssue[] {
  let found: StoryIssue[];
  try {
    found = crossCheck(FILE, joined);
  } catch {
    // A shape the forms did not make (an old draft): the schema's words are enough.
    return [];
  }
  const said = new Set(reported.map((i) => `${i.path}\n${i.message}`));
  const at = new Set(reported.map((i) => i.path));
  // A date the schema refused is not checked on the calendar too.
  const dateOf = (path: string) => /^events\[\d+\]\.date/.exec(path)?.[0];
  const refusedDates = new Set(reported.map((i) => dateOf(i.path)).filter(Boolean));
  return found.filter((i) => {
    if (said.has(`${i.path}\n${i.message}`) || at.has(i.path)) return false;
    const date = dateOf(i.path);
    return !(date && refusedDates.has(date));
  });
}

/** The validator's issues and the quote check's flags, in the editor's words, at their fields. */
export function checkDraft(
  story: Story,
  texts: Record<string, string>,
  translations: Translations = {},
  sites?: ImageSites,
): DraftChecks {
  const joined = joinTranslations(story, translations);
  const result = validateStory(joined, FILE);
  const issues = result.ok ? [] : [...result.issues, ...earlyIssues(joined, result.issues)];
  // A text with translations is a map in the file: its own language's problems belong to the
  // form's field (`title`), a translation's to its own (`title.de`).
  const ownSuffix = `.${storyLanguage(story)}`;
  const errors: FieldProblem[] = issues.map((i) => {
    const path = i.path.endsWith(ownSuffix) ? i.path.slice(0, -ownSuffix.length) : i.path;
    const value = getAt(story, path) ?? getAt(joined, i.path);
    return { path, text: sayProblem({ ...i, path }, story, value), level: 'error' };
  });
  const warnings = [...quoteWarnings(story, texts), ...(sites ? imageNotes(story, sites) : [])];
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
