import type { StoryIndex } from '../timeline/storyIndex';
import { windowWords } from '../timeline/windowWords';
import { wrapText } from '../timeline/wrap';
import { t } from '../i18n/catalog';
import '../i18n/englishLater';

/** The words around the timeline in a shared image: what it shows, and where it comes from. */
export interface ImageText {
  title: string;
  /** "26 January – 7 July 2026" */
  range: string;
  /** "All actors", or "Actors shown: Anthropic, DeepSeek". */
  filter: string;
  credit: string;
  /** "Sources: CNBC; outlet not stated; …" */
  sources: string;
}

/** The image's words for the current view. */
export function describeView(
  index: StoryIndex,
  activeActors: readonly string[] | null,
  domain: readonly [number, number],
  /** The view is not zoomed: the words are the story's own days (windowWords). */
  whole = false,
): ImageText {
  const { story } = index;
  const names = (activeActors ?? []).map((a) => index.actorById.get(a)?.name ?? a);
  const filter =
    activeActors === null
      ? t('export.allActors')
      : names.length === 0
        ? t('export.noActors')
        : t('export.actorsShown', { names: names.join(', ') });
  const sourceNames = [
    ...new Set(
      story.sources.map((s) => s.outlet ?? (s.title ? `“${s.title}”` : t('export.outletMissing'))),
    ),
  ];
  const [from, to] = domain;
  return {
    title: story.title,
    // As the page's summary line words it ("Showing 13 of 13 events, 26 January – 7 July 2026").
    range: windowWords(index.spans, [from, to], whole),
    filter,
    credit: story.credit,
    sources: t('export.sources', { names: sourceNames.join('; ') }),
  };
}

export type LineKind = 'title' | 'meta' | 'foot';

export interface TextLine {
  text: string;
  /** Baseline, in px from the top. */
  y: number;
  kind: LineKind;
}

export interface ImageLayout {
  widthPx: number;
  heightPx: number;
  padPx: number;
  /** Where the timeline's top edge goes. */
  timelineY: number;
  lines: TextLine[];
}

/** Font size and a generous average glyph width per kind, to wrap without measuring. */
export const LINE_STYLE: Record<LineKind, { sizePx: number; charPx: number; leadPx: number }> = {
  title: { sizePx: 22, charPx: 11.5, leadPx: 27 },
  meta: { sizePx: 14, charPx: 7.6, leadPx: 19 },
  foot: { sizePx: 12, charPx: 6.6, leadPx: 16 },
};

/**
 * Places title and meta lines above a timeline of `timelineW` × `timelineH` px and credit and
 * sources below it, wrapped to the width, news-graphic style.
 */
export function layoutImage(text: ImageText, timelineW: number, timelineH: number): ImageLayout {
  const padPx = 16;
  const widthPx = Math.round(timelineW + 2 * padPx);
  const inner = widthPx - 2 * padPx;
  const lines: TextLine[] = [];
  let y = padPx;
  const add = (s: string, kind: LineKind, maxLines: number) => {
    const st = LINE_STYLE[kind];
    for (const line of wrapText(s, Math.max(12, Math.floor(inner / st.charPx)), maxLines)) {
      y += st.leadPx;
      lines.push({ text: line, y: y - Math.round(st.leadPx * 0.25), kind });
    }
  };
  add(text.title, 'title', 3);
  add(`${text.range} · ${text.filter}`, 'meta', 4);
  y += 8;
  const timelineY = y;
  y += timelineH + 6;
  add(text.credit, 'foot', 3);
  add(text.sources, 'foot', 4);
  return { widthPx, heightPx: Math.round(y + padPx), padPx, timelineY, lines };
}
