import type { Story } from '../data/schema';
import { indexStory } from '../timeline/storyIndex';
import { t } from '../i18n/catalog';
import { createTimelineStore, type TimelineStore } from './createTimelineStore';
import { parseUrlState } from './urlState';

/**
 * A store for one story in the state its URL names, and the guided story's step the URL asks
 * for (applied once the store is live: its window waits for a width). The URL is parsed here
 * once; settings it got wrong, and a language it asked for that the story lacks, become the
 * opening notice.
 */
export function createStoreFromUrl(
  story: Story,
  search: string,
  /** The track's width when known at once (0 when not); part of the initial state. */
  widthPx: number,
  unknownLang: string | null,
): { store: TimelineStore; storyStep: number | null } {
  const index = indexStory(story);
  const { state, problems } = parseUrlState(search, index);
  const store = createTimelineStore(index, {
    ...(widthPx > 0 ? { widthPx } : {}),
    activeActors: state.activeActors,
    selectedId: state.selectedId,
    focusedId: state.selectedId ?? index.events[0]?.id ?? null,
    lanes: state.lanes,
    ...(state.scale ? { scaleKind: state.scale } : {}),
    theme: state.theme,
    embed: state.embed,
    transparent: state.transparent,
    parts: state.parts,
    fixedHeightPx: state.fixedHeightPx,
    plain: state.plain,
    accent: state.accent,
    font: state.font,
    pendingDomain: state.domain,
    notice:
      [
        unknownLang ? t('notice.unknownLanguage', { code: unknownLang }) : '',
        problems.length ? t('notice.linkSettings', { problems: problems.join('; ') }) : '',
      ]
        .filter(Boolean)
        .join(' ') || null,
  });
  return { store, storyStep: state.storyStep };
}
