import { useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTimeline, useTimelineStore } from '../store';
import { selectActiveSet } from '../store/selectors';
import { useElementWidth } from '../hooks/useElementSize';
import { useResolvedTheme } from '../hooks/useResolvedTheme';
import { groupColors } from '../timeline/palette';
import {
  campaignRows,
  campaignScale,
  decadeTicks,
  filterRows,
  rangeToFit,
} from '../timeline/campaigns';
import { t } from '../i18n/catalog';
import { CampaignAxis } from './CampaignAxis';
import { CampaignChartRow } from './CampaignChartRow';
import '../i18n/englishLater';

/** Below this width the actor names go above the bars. */
const WIDE_MIN_PX = 520;
const LABEL_COL_PX = 168;
const LABEL_GAP_PX = 12;
/** Roughly the width of a 14 px system-font character, to reserve room for value labels. */
const CHAR_PX = 7.6;
/** A story with hundreds of campaigns shows the largest first, and the rest on request. */
const FIRST_ROWS = 12;

/**
 * How big the campaigns were, by exchanges, on a log scale: one button per figure, linked to the
 * timeline (hover highlights the event, a click selects it). Renders nothing for stories with
 * no exchange figures.
 */
export default function CampaignChart() {
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const activeActors = useTimeline(useShallow((s) => s.activeActors));
  const selectedId = useTimeline((s) => s.selectedId);
  const resolved = useResolvedTheme();
  const colors = useMemo(() => groupColors(index, resolved), [index, resolved]);
  const allRows = useMemo(() => campaignRows(index), [index]);
  const rows = useMemo(
    () => filterRows(allRows, selectActiveSet({ activeActors })),
    [allRows, activeActors],
  );
  const [showAll, setShowAll] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const widthPx = useElementWidth(ref);
  const uid = useId().replace(/[^\w-]/g, '');

  const wide = widthPx >= WIDE_MIN_PX;
  const trackPx = Math.max(120, wide ? widthPx - LABEL_COL_PX - LABEL_GAP_PX : widthPx);
  // The scale covers every campaign, so filtering never rescales the bars that stay; each bar
  // keeps room after it for its value ("over 13 million") and the arrowhead. Fitting it takes
  // milliseconds: once per width, not on every selection.
  const x = useMemo(
    () =>
      campaignScale(
        allRows,
        rangeToFit(allRows, trackPx, (r) => r.valueText.length * CHAR_PX),
      ),
    [allRows, trackPx],
  );

  if (allRows.length === 0) return null;
  const ticks = decadeTicks(x, !wide || trackPx < 560);

  const highlight = (id: string) => store.getState().setHighlighted([id]);
  const unhighlight = (id: string) => {
    const s = store.getState();
    // Leave other highlights (a hovered source card's) alone.
    if (s.highlightedIds.length === 1 && s.highlightedIds[0] === id) s.setHighlighted([]);
  };

  const titleId = `${uid}-title`;
  return (
    <section
      ref={ref}
      className={`campaigns${wide ? ' campaigns--wide' : ''}`}
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{t('chart.title')}</h2>
      <p className="campaigns-dek">{t('chart.dek')}</p>
      {widthPx > 0 && rows.length > 0 && (
        <>
          <CampaignAxis ticks={ticks} trackPx={trackPx} />
          <ul className="campaigns-rows">
            {(showAll ? rows : rows.slice(0, FIRST_ROWS)).map((r) => (
              <CampaignChartRow
                key={r.key}
                row={r}
                uid={uid}
                color={colors.get(r.group) ?? 'currentColor'}
                x={x}
                ticks={ticks}
                trackPx={trackPx}
                selected={selectedId === r.eventId}
                onSelect={() => store.getState().selectEvent(r.eventId, { reveal: true })}
                onEnter={() => highlight(r.eventId)}
                onLeave={() => unhighlight(r.eventId)}
                quoteLang={index.story.language ?? 'en'}
              />
            ))}
          </ul>
          {rows.length > FIRST_ROWS && (
            <button
              type="button"
              className="campaigns-more"
              aria-expanded={showAll}
              onClick={() => setShowAll(!showAll)}
            >
              {showAll ? t('chart.fewer', { n: FIRST_ROWS }) : t('chart.all', { n: rows.length })}
            </button>
          )}
          <p className="campaigns-note">{t('chart.note')}</p>
        </>
      )}
      {rows.length === 0 && <p className="campaigns-empty">{t('chart.empty')}</p>}
    </section>
  );
}
