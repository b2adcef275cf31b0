import { useRef, type ReactNode } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { activeLang, t } from '../i18n/catalog';
import { useShortLabels } from '../hooks/useShortLabels';
import { SearchBox } from './SearchBox';
import { ActorFilter } from './ActorFilter';

interface Props {
  /** The actor filter's swatches: fill and text colour per group. */
  colors: Map<string, string>;
  textColors: Map<string, string>;
  /** The search box takes focus whenever this changes (the `/` shortcut). */
  searchFocus: number;
  /** At the row's end: the phone's language menu, so the graphic comes a row sooner. */
  end?: ReactNode;
}

/** The row over the timeline: search, the actor filter, timeline or list, the guided story. */
export function Toolbar({ colors, textColors, searchFocus, end }: Props) {
  const store = useTimelineStore();
  const mode = useTimeline((s) => s.mode);
  const storyStep = useTimeline((s) => s.storyStep);
  const hasSteps = useTimeline((s) => (s.index.story.steps?.length ?? 0) > 0);
  const actorsOn = useTimeline((s) => s.activeActors?.length ?? -1);
  // The controls keep to one row (DESIGN.md): the actor filter says less where they would not.
  const row = useRef<HTMLDivElement>(null);
  const short = useShortLabels(
    row,
    `${activeLang()} ${actorsOn} ${mode} ${hasSteps && storyStep === null}`,
  );
  return (
    <div className="toolbar" role="group" aria-label={t('page.controls')} ref={row}>
      <SearchBox focusSignal={searchFocus} />
      <ActorFilter colors={colors} textColors={textColors} short={short} />
      <div className="view-toggles" role="group" aria-label={t('page.view')}>
        <button
          type="button"
          aria-pressed={mode === 'timeline'}
          onClick={() => store.getState().setMode('timeline')}
        >
          {t('page.timeline')}
        </button>
        <button
          type="button"
          aria-pressed={mode === 'list'}
          onClick={() => store.getState().setMode('list')}
        >
          {t('page.list')}
        </button>
      </div>
      {hasSteps && storyStep === null && (
        <button type="button" className="story-start" onClick={() => store.getState().goToStep(0)}>
          {/* On a phone the row keeps to one line: "▶ Story". */}
          <span aria-hidden="true">▶ </span>
          <span className="story-start-long">{t('page.storyStart')}</span>
          <span className="story-start-short">{t('page.storyShort')}</span>
        </button>
      )}
      {end}
    </div>
  );
}
