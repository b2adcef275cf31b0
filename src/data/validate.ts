import type { z } from 'zod';
import { StorySchema, type Story, type EventDate } from './schema';
import type { LoadResult, StoryIssue } from './issues';
import { parseDay, parseMonth } from '../timeline/dates';

type PathPart = PropertyKey;

/** `events[3].date.end` from zod's path array. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

/** The id of the array item a path points into (`events[3]` → that event's id), if any. */
function idAt(raw: unknown, path: readonly PathPart[]): string | undefined {
  let node: unknown = raw;
  let found: string | undefined;
  for (const p of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[p as string];
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      const id = (node as Record<string, unknown>).id;
      if (typeof id === 'string') found = id;
    }
  }
  return found;
}

const HINTS: Partial<Record<string, string>> = {
  invalid_union: 'date.precision must be one of day, month, range, approximate',
  unrecognized_keys: 'remove the field, or check its spelling against data/story.schema.json',
  too_small: 'fill it in',
};

function schemaIssues(file: string, raw: unknown, error: z.ZodError): StoryIssue[] {
  return error.issues.map((i) => {
    const issue: StoryIssue = { file, path: formatPath(i.path), message: i.message };
    const id = idAt(raw, i.path);
    if (id) issue.id = id;
    const hint = HINTS[i.code];
    if (hint) issue.hint = hint;
    return issue;
  });
}

/** Whether a link is safe to render: only http: and https: URLs. */
export function isSafeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function dateIssues(date: EventDate): { field: string; message: string; hint?: string }[] {
  const out: { field: string; message: string; hint?: string }[] = [];
  const badDay = (field: string, v: string) =>
    out.push({ field, message: `${v} is not a calendar date`, hint: 'check the month and day' });
  switch (date.precision) {
    case 'day':
      if (Number.isNaN(parseDay(date.date))) badDay('date', date.date);
      break;
    case 'month':
      if (Number.isNaN(parseMonth(date.month))) badDay('month', date.month);
      break;
    case 'range':
    case 'approximate': {
      const s = parseDay(date.start);
      const e = parseDay(date.end);
      if (Number.isNaN(s)) badDay('start', date.start);
      if (Number.isNaN(e)) badDay('end', date.end);
      if (s > e)
        out.push({
          field: 'end',
          message: `end ${date.end} is before start ${date.start}`,
          hint: 'swap them, or fix the typo',
        });
      if (date.precision === 'range' && s === e)
        out.push({
          field: 'end',
          message: 'a range that starts and ends on the same day',
          hint: 'use precision "day"',
        });
      break;
    }
  }
  return out;
}

/** Checks what a schema cannot: references, duplicates, calendar dates, links. */
export function crossCheck(file: string, story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const add = (path: string, message: string, id?: string, hint?: string) => {
    const issue: StoryIssue = { file, path, message };
    if (id) issue.id = id;
    if (hint) issue.hint = hint;
    issues.push(issue);
  };
  const seen = (list: readonly { id: string }[], name: string) => {
    const ids = new Set<string>();
    list.forEach((item, i) => {
      if (ids.has(item.id))
        add(
          `${name}[${i}].id`,
          `duplicate ${name.replace(/s$/, '')} id "${item.id}"`,
          item.id,
          'ids must be unique',
        );
      ids.add(item.id);
    });
    return ids;
  };
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
        `known groups: ${[...groups].join(', ')}`,
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
      add(`sources[${i}].date`, `${s.date} is not a calendar date`, s.id);
  });
  const checkCitation = (path: string, source: string, id: string) => {
    if (!sources.has(source))
      add(
        `${path}.source`,
        `unknown source "${source}"`,
        id,
        `known sources: ${[...sources].join(', ')}`,
      );
  };
  story.events.forEach((e, i) => {
    const at = `events[${i}]`;
    for (const d of dateIssues(e.date)) add(`${at}.date.${d.field}`, d.message, e.id, d.hint);
    e.actors.forEach((a, j) => {
      if (!actors.has(a))
        add(
          `${at}.actors[${j}]`,
          `unknown actor "${a}"`,
          e.id,
          'add it to "actors" or fix the spelling',
        );
    });
    e.citations.forEach((c, j) => checkCitation(`${at}.citations[${j}]`, c.source, e.id));
    e.disagreements?.forEach((d, j) =>
      d.accounts.forEach((a, k) =>
        checkCitation(`${at}.disagreements[${j}].accounts[${k}]`, a.source, e.id),
      ),
    );
    e.figures?.forEach((f, j) => {
      if (!actors.has(f.actor))
        add(`${at}.figures[${j}].actor`, `unknown actor "${f.actor}"`, e.id);
      checkCitation(`${at}.figures[${j}].citation`, f.citation.source, e.id);
      if ((f.value === null) !== (f.qualifier === 'not-disclosed'))
        add(
          `${at}.figures[${j}].value`,
          f.value === null
            ? 'a value of null needs qualifier "not-disclosed"'
            : 'a "not-disclosed" figure must have value null',
          e.id,
          'an undisclosed number is null, never 0',
        );
    });
  });
  story.annotations?.forEach((a, i) =>
    a.events.forEach((id, j) => {
      if (!events.has(id)) add(`annotations[${i}].events[${j}]`, `unknown event "${id}"`);
    }),
  );
  story.steps?.forEach((s, i) => {
    if (!events.has(s.event)) add(`steps[${i}].event`, `unknown event "${s.event}"`);
  });
  return issues;
}

/** Validates an unknown value as a story: schema first, then cross-references. */
export function validateStory(raw: unknown, file: string): LoadResult<Story> {
  const parsed = StorySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: schemaIssues(file, raw, parsed.error) };
  const issues = crossCheck(file, parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, data: parsed.data };
}

/** Parses JSON text and validates it, turning a syntax error into an issue, not a throw. */
export function parseStory(text: string, file: string): LoadResult<Story> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      issues: [{ file, path: '(root)', message: `not valid JSON: ${(e as Error).message}` }],
    };
  }
  return validateStory(raw, file);
}
