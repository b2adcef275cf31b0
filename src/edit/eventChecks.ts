import type { Story } from '../data/schema';
import { checkDraft, type DraftChecks, type FieldProblem } from './checks';
import { previewStory } from './previewStory';
import type { Translations } from './translations';

/*
 * Checking one event on its own, for a big story while it is typed in: the whole story's check
 * takes seconds at 5,000 events (the schema and the cross-checks walk every event), one event's
 * takes a millisecond. The event is checked in a story of its own with the same actors, groups
 * and sources, so its references are still checked; what needs every event (a duplicate id, a
 * note or step about it) waits for the whole check, run when typing pauses (`useDraftChecks`).
 */

/** `story` with only event `i`, and nothing that names other events. */
function alone(story: Story, i: number): Story {
  const { steps: _s, annotations: _a, ...rest } = story;
  void _s;
  void _a;
  return { ...rest, events: story.events.slice(i, i + 1) };
}

const AT = /^events\[0\]/;

/** The problems at event `i` and inside it, as the whole story's check would give them. */
export function eventProblems(
  story: Story,
  i: number,
  texts: Record<string, string>,
  translations: Translations,
): FieldProblem[] {
  const { errors, warnings } = checkDraft(alone(story, i), texts, translations);
  return [...errors, ...warnings]
    .filter((p) => AT.test(p.path))
    .map((p) => ({ ...p, path: p.path.replace(AT, `events[${i}]`) }));
}

const under = (path: string, at: string) =>
  path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`);

/** `checks` with the problems of the events at `changed` replaced by their own check. */
export function patchChecks(
  checks: DraftChecks,
  story: Story,
  changed: readonly number[],
  texts: Record<string, string>,
  translations: Translations,
): DraftChecks {
  if (!changed.length) return checks;
  const at = changed.map((i) => `events[${i}]`);
  const keep = (p: FieldProblem) => !at.some((a) => under(p.path, a));
  const fresh = changed.flatMap((i) => eventProblems(story, i, texts, translations));
  const errors = [...checks.errors.filter(keep), ...fresh.filter((p) => p.level === 'error')];
  const warnings = [...checks.warnings.filter(keep), ...fresh.filter((p) => p.level !== 'error')];
  return withByPath(errors, warnings);
}

/** Checks from their two lists, with the map by path the fields read. */
export function withByPath(errors: FieldProblem[], warnings: FieldProblem[]): DraftChecks {
  const byPath = new Map<string, FieldProblem[]>();
  for (const p of [...errors, ...warnings]) {
    const list = byPath.get(p.path);
    if (list) list.push(p);
    else byPath.set(p.path, [p]);
  }
  return { errors, warnings, byPath };
}

/**
 * A preview (`previewStory`'s, of `before`) brought up to `story` where only the events at
 * `changed` differ: each is drawn when its own check passes, and left out when it does not.
 */
export function patchPreview(
  preview: ReturnType<typeof previewStory>,
  before: Story,
  story: Story,
  changed: readonly number[],
  translations: Translations,
  lang: string | undefined,
): ReturnType<typeof previewStory> {
  if (!preview.ok || !changed.length) return preview;
  let events = preview.story.events;
  let hidden = preview.hiddenEvents;
  for (const i of changed) {
    const old = before.events[i];
    const was = old ? events.findIndex((e) => e.id === old.id) : -1;
    if (old && was < 0) hidden -= 1;
    const one = previewStory(alone(story, i), translations, lang);
    const drawn = one.ok && one.hiddenEvents === 0 ? one.story.events[0] : undefined;
    if (!drawn) hidden += 1;
    const next = [...events];
    if (was >= 0) next.splice(was, 1, ...(drawn ? [drawn] : []));
    else if (drawn) next.push(drawn);
    events = next;
  }
  return { ok: true, story: { ...preview.story, events }, hiddenEvents: hidden };
}
