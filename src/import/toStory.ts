import type { Actor, StoryFile, EventFile } from '../data/schema';
import type { StoryIssue } from '../data/issues';
import { validateStory } from '../data/validate';
import { htmlToText } from './html';
import { baseName, clip, slugify, uniqueId, type ImportResult, type Timeline } from './common';
import { IMPORTED_KIND, note, toEvent, type Context } from './slideToEvent';
import { startText } from '../data/dateParse';
import { recognizeMedia } from '../data/recognizeMedia';

/** Report lines as the input reads: title, then slides or rows, eras, then whole-file notes. */
function inInputOrder(report: StoryIssue[]): StoryIssue[] {
  const rank = (path: string) =>
    path.startsWith('eras') ? 2 : path === '(root)' ? 3 : path.startsWith('title') ? 0 : 1;
  return report.sort(
    (a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
}

function startOf(e: EventFile): string {
  const d = e.date;
  return d.precision === 'month' ? `${d.month}-01` : startText(d);
}

/** Assembles a story from TimelineJS slides, reporting all it cannot keep; validates the result. */
export function toStory(timeline: Timeline, file: string): ImportResult {
  const name = baseName(file);
  const t = timeline.title;
  const heading = t ? htmlToText(t.headline).text : '';
  const storyTitle = clip(heading || name || 'Imported timeline', 160).text;
  const sourceIds = new Set<string>();
  const ctx: Context = {
    file,
    report: [...timeline.report],
    eventIds: new Set(),
    sourceIds,
    groups: new Map(),
    fileSource: uniqueId(slugify(name) || 'timeline', sourceIds),
    attribution: clip(`From the timeline “${storyTitle}”`, 160).text,
  };
  const dek = t ? htmlToText(t.text) : { text: '', links: [] };
  if (t) {
    if (heading.length > 160) note(ctx, t.field('headline'), 'title cut to 160 characters');
    if (dek.text.length > 400) note(ctx, t.field('text'), 'introduction cut to 400 characters');
    if (dek.links.length)
      note(ctx, t.field('text'), clip(`links not kept: ${dek.links.join(', ')}`, 300).text);
    if (t.media?.url.trim()) note(ctx, t.field('media'), 'title slide media not kept');
    if (t.start && [t.start.year, t.start.month, t.start.day].some((p) => p.trim()))
      note(ctx, t.field('start'), 'title slide date not kept');
    if (t.background) note(ctx, t.field('background'), `background ${t.background} not kept`);
  }
  // Chronological, as TimelineJS shows them (the sort is stable for equal starts).
  const events = timeline.events
    .flatMap((s, n) => toEvent(ctx, s, n) ?? [])
    .sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const windows = events.filter((e) => e.date.precision === 'approximate').length;
  if (windows)
    note(
      ctx,
      '(root)',
      `${windows} date${windows === 1 ? '' : 's'} given only as years, or as spans without both days, became "approximate" windows labelled as TimelineJS shows them`,
    );
  for (const era of timeline.eras) {
    const label = htmlToText(era.headline).text || 'untitled';
    const span = [era.start?.year, era.end?.year].filter((y) => y?.trim()).join('–');
    const what = `era "${clip(label, 60).text}"${span ? ` (${span})` : ''}`;
    note(ctx, era.where, `${what} not kept: the story format has no eras`);
  }
  if (!events.length) {
    const why = timeline.events.length
      ? 'none of its events could be imported'
      : 'it has no events';
    note(ctx, '(root)', `not imported: ${why}`);
    return { ok: false, report: inInputOrder(ctx.report) };
  }
  note(
    ctx,
    '(root)',
    `TimelineJS has no event kinds: every event is given kind "${IMPORTED_KIND}"`,
  );
  const images = events.filter(
    (e) => e.media?.type === 'image' && /^https?:/i.test(e.media.src),
  ).length;
  if (images)
    note(
      ctx,
      '(root)',
      `${images} image${images === 1 ? ' is' : 's are'} on another site: the page shows ${images === 1 ? 'it' : 'them'} as a link, or loads ${images === 1 ? 'it' : 'them'} on a reader's click where the build lists the site (VITE_MEDIA_ORIGINS); copy ${images === 1 ? 'it' : 'them'} to the story's own site to show ${images === 1 ? 'it' : 'them'} at once`,
    );
  const players = events
    .map((e) => (e.media?.type === 'link' ? recognizeMedia(e.media.url) : null))
    .filter((m) => m?.player && m.kind !== 'link' && m.kind !== 'image');
  const origins = [...new Set(players.map((m) => new URL(m?.player ?? '').origin))];
  if (players.length)
    note(
      ctx,
      '(root)',
      `${players.length} ${players.length === 1 ? 'video, map or audio plays' : 'videos, maps or audio play'} in place after a reader's click only where the build lists ${origins.length === 1 ? 'its player’s site' : 'their players’ sites'} (VITE_MEDIA_ORIGINS=${origins.join(',')} npm run build); elsewhere readers get a link`,
    );
  const groups = [...ctx.groups.values()];
  const actors: Actor[] = groups.map((g) => ({ id: g.id, name: g.label, group: g.id }));
  const story: StoryFile = {
    title: storyTitle,
    dek: clip(dek.text || `Imported from the TimelineJS file ${name}.`, 400).text,
    credit: clip(`Imported from the TimelineJS file ${name}`, 200).text,
    groups,
    actors,
    sources: [
      {
        id: ctx.fileSource,
        outlet: null,
        title: heading ? clip(heading, 200).text : null,
        date: null,
        url: null,
        description: clip(`The TimelineJS file ${name}, whose text each event quotes.`, 300).text,
      },
    ],
    events,
  };
  const report = inInputOrder(ctx.report);
  const checked = validateStory(story, file);
  if (!checked.ok) return { ok: false, report: [...report, ...checked.issues] };
  return { ok: true, story: checked.data, report };
}
