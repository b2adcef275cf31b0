import { resolveStory, storyLanguage } from '../data/localText';
import { joinTranslations, type Translations } from './translations';
import type { Story } from '../data/schema';
import type { StoryIssue } from '../data/issues';
import { validateStory } from '../data/validate';
import { words } from './words';

export type Previewable =
  { ok: true; story: Story; hiddenEvents: number } | { ok: false; issues: StoryIssue[] };

const eventIndex = (path: string) => /^events\[(\d+)\]/.exec(path)?.[1];

/**
 * A story the timeline can draw while the draft still has problems: empty headings get
 * stand-ins, events with problems are left out (and counted), notes and steps about them too.
 * What still fails (a broken actor or group) is returned, and the preview says what it waits
 * for.
 */
export function previewStory(
  story: Story,
  translations: Translations = {},
  lang?: string,
): Previewable {
  const first = validateStory(joinTranslations(story, translations), 'story.json');
  const inLang = (file: typeof first & { ok: true }) =>
    resolveStory(file.data, lang ?? storyLanguage(file.data));
  if (first.ok) return { ok: true, story: inLang(first), hiddenEvents: 0 };
  const broken = new Set(
    first.issues.map((i) => eventIndex(i.path)).filter((i) => i !== undefined),
  );
  const events = story.events.filter((_, i) => !broken.has(String(i)));
  const kept = new Set(events.map((e) => e.id));
  const or = (text: string, stand: string) => (text.trim() ? text : stand);
  const w = words.standIn;
  const patched: Story = {
    ...story,
    title: or(story.title, w.title),
    dek: or(story.dek, w.dek),
    credit: or(story.credit, w.credit),
    groups: story.groups.map((g) => ({ ...g, label: or(g.label, g.id || w.group) })),
    actors: story.actors.map((a) => ({ ...a, name: or(a.name, a.id || w.actor) })),
    sources: story.sources.map((s) => ({
      ...s,
      description: or(s.description, w.description),
    })),
    events,
    ...(story.annotations
      ? { annotations: story.annotations.filter((a) => a.events.every((id) => kept.has(id))) }
      : {}),
    ...(story.steps ? { steps: story.steps.filter((s) => kept.has(s.event)) } : {}),
  };
  const second = validateStory(joinTranslations(patched, translations), 'story.json');
  if (!second.ok) return { ok: false, issues: second.issues };
  return {
    ok: true,
    story: inLang(second),
    hiddenEvents: story.events.length - events.length,
  };
}
