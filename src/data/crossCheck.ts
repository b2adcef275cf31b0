import { isSafeUrl } from './safeUrl';
import type { StoryFile, EventFile } from './schema';
import type { StoryIssue } from './issues';
import { dateIssues, dayHint } from './dateChecks';
import type { IdList, Salvaged } from './salvage';
import { countProblems } from './limits';
import { mediaIssues } from './mediaChecks';
import { storyLanguage } from './localText';
import { missingDefaultTexts } from './missingDefaultTexts';
import { metadataIssues } from './metadataChecks';
import { parseDay } from './dateParse';

/** `a, b, c` — or the first ten and a count, so a hint stays one readable line. */
function listOf(ids: Set<string>): string {
  const all = [...ids];
  return all.length <= 10
    ? all.join(', ')
    : `${all.slice(0, 10).join(', ')}, … (${all.length} in all)`;
}

/** A quote must carry words or numbers, not only quotation marks or an ellipsis. */
const HAS_WORDS = /[\p{L}\p{N}]/u;

function isAsciiLetterOrDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

/** `HAS_WORDS.test(quote)`, settled without the Unicode regex when the quote starts with one. */
function hasWords(quote: string): boolean {
  return isAsciiLetterOrDigit(quote.charCodeAt(0)) || HAS_WORDS.test(quote);
}

const EVENT_HINT = 'use the id of an event in "events"';

type Cited = { source: string; quote: string };
/** Bits of `citationFlaws`. */
const UNKNOWN_SOURCE = 1;
const NO_WORDS = 2;

/** Checks what a schema cannot: references, duplicates, calendar dates, links. */
export function crossCheck(
  file: string,
  story: StoryFile,
  brokenIds?: Salvaged['brokenIds'],
): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const add = (path: string, message: string, id?: string, hint?: string) => {
    const issue: StoryIssue = { file, path, message };
    if (id) issue.id = id;
    if (hint) issue.hint = hint;
    issues.push(issue);
  };
  const seen = (list: readonly { id: string }[], name: IdList) => {
    const ids = new Set<string>();
    list.forEach((item, i) => {
      // One lookup, not has-then-add: a large story has 100,000 event ids.
      const size = ids.size;
      ids.add(item.id);
      if (ids.size === size)
        add(
          `${name}[${i}].id`,
          `duplicate ${name.replace(/s$/, '')} id "${item.id}"`,
          item.id,
          'ids must be unique',
        );
    });
    // References to items the schema rejected are already reported there.
    for (const id of brokenIds?.[name] ?? []) ids.add(id);
    return ids;
  };
  for (const p of countProblems(story)) add(p.path, p.message, undefined, p.hint);
  const groups = seen(story.groups, 'groups');
  const actors = seen(story.actors, 'actors');
  const sources = seen(story.sources, 'sources');
  const events = seen(story.events, 'events');

  story.actors.forEach((a, i) => {
    if (!groups.has(a.group))
      add(
        `actors[${i}].group`,
        `unknown group "${a.group}"`,
        a.id,
        `known groups: ${listOf(groups)}`,
      );
  });
  story.sources.forEach((s, i) => {
    if (s.url !== null && !isSafeUrl(s.url))
      add(
        `sources[${i}].url`,
        `link "${s.url.slice(0, 60)}" is not an http: or https: URL`,
        s.id,
        'use an https:// address or null',
      );
    if (s.date !== null && Number.isNaN(parseDay(s.date)))
      add(`sources[${i}].date`, `${s.date} is not a calendar date`, s.id, dayHint(s.date));
  });
  /** A citation's problems as bits, 0 for none: asked of every quote, reported only if set. */
  const citationFlaws = (c: Cited) =>
    (sources.has(c.source) ? 0 : UNKNOWN_SOURCE) | (hasWords(c.quote) ? 0 : NO_WORDS);
  const reportCitation = (at: string, c: Cited, id: string) => {
    const flaws = citationFlaws(c);
    if (flaws & UNKNOWN_SOURCE)
      add(`${at}.source`, `unknown source "${c.source}"`, id, `known sources: ${listOf(sources)}`);
    if (flaws & NO_WORDS)
      add(
        `${at}.quote`,
        `the quote "${c.quote.slice(0, 20)}" has no words`,
        id,
        'copy the words from the source document',
      );
  };
  // Paths and reports are built only for a problem: a clean 100,000-event story makes none.
  const checkEvent = (e: EventFile, i: number) => {
    for (const d of dateIssues(e.date))
      add(`events[${i}].date.${d.field}`, d.message, e.id, d.hint);
    e.actors.forEach((a, j) => {
      if (!actors.has(a))
        add(
          `events[${i}].actors[${j}]`,
          `unknown actor "${a}"`,
          e.id,
          'add it to "actors" or fix the spelling',
        );
    });
    e.citations.forEach((c, j) => {
      if (citationFlaws(c)) reportCitation(`events[${i}].citations[${j}]`, c, e.id);
    });
    e.disagreements?.forEach((d, j) =>
      d.accounts.forEach((a, k) => {
        if (citationFlaws(a))
          reportCitation(`events[${i}].disagreements[${j}].accounts[${k}]`, a, e.id);
      }),
    );
    e.figures?.forEach((f, j) => {
      if (!actors.has(f.actor))
        add(`events[${i}].figures[${j}].actor`, `unknown actor "${f.actor}"`, e.id);
      if (citationFlaws(f.citation))
        reportCitation(`events[${i}].figures[${j}].citation`, f.citation, e.id);
      if ((f.value === null) !== (f.qualifier === 'not-disclosed'))
        add(
          `events[${i}].figures[${j}].value`,
          f.value === null
            ? 'a value of null needs qualifier "not-disclosed"'
            : 'a "not-disclosed" figure must have value null',
          e.id,
          'an undisclosed number is null, never 0',
        );
    });
    if (e.media)
      for (const m of mediaIssues(e.media))
        add(`events[${i}].media.${m.field}`, m.message, e.id, m.hint);
  };
  // A salvaged story has holes where events failed the schema; forEach skips them.
  story.events.forEach(checkEvent);
  story.annotations?.forEach((a, i) =>
    a.events.forEach((id, j) => {
      if (!events.has(id))
        add(`annotations[${i}].events[${j}]`, `unknown event "${id}"`, undefined, EVENT_HINT);
    }),
  );
  story.steps?.forEach((s, i) => {
    if (!events.has(s.event))
      add(`steps[${i}].event`, `unknown event "${s.event}"`, undefined, EVENT_HINT);
  });
  for (const m of metadataIssues(story)) add(m.path, m.message, undefined, m.hint);
  // A text in several languages must have the story's own: it is every other reader's fallback.
  const lang = storyLanguage(story);
  for (const path of missingDefaultTexts(story))
    add(
      path,
      `this text has no version in the story's language (${lang})`,
      undefined,
      `add "${lang}": "…" to it, or set the story's "language" to one it has`,
    );
  return issues;
}
