import { useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTimeline, useTimelineStore } from '../store';
import { selectActiveSet } from '../store/selectors';
import { useElementWidth } from '../hooks/useElementSize';
import { useResolvedTheme } from '../hooks/useResolvedTheme';
import { groupColors } from '../timeline/palette';
import {
  barGeometry,
  campaignRows,
  campaignScale,
  decadeTicks,
  filterRows,
  rangeToFit,
  rowName,
  type CampaignRow,
  type LogScale,
} from '../timeline/campaigns';
import { t } from '../i18n/catalog';

const ROW_H = 28;
const BAR_H = 14;
const AXIS_H = 20;
/** Below this width the actor names go above the bars. */
const WIDE_MIN_PX = 520;
const LABEL_COL_PX = 168;
const LABEL_GAP_PX = 12;
/** Roughly the width of a 14 px system-font character, to reserve room for value labels. */
const CHAR_PX = 7.6;
const TICK_CHAR_PX = 6.6;
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
          <div className="campaigns-axis" aria-hidden="true">
            <svg width={trackPx} height={AXIS_H}>
              {ticks.map((t, i) => (
                <text
                  key={t.value}
                  className="campaigns-tick"
                  x={t.px}
                  y={14}
                  textAnchor={
                    i === 0
                      ? 'start'
                      : t.px + (t.label.length * TICK_CHAR_PX) / 2 > trackPx
                        ? 'end'
                        : 'middle'
                  }
                >
                  {t.label}
                </text>
              ))}
            </svg>
          </div>
          <ul className="campaigns-rows">
            {(showAll ? rows : rows.slice(0, FIRST_ROWS)).map((r) => (
              <Row
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

interface RowProps {
  row: CampaignRow;
  uid: string;
  color: string;
  x: LogScale;
  ticks: ReturnType<typeof decadeTicks>;
  trackPx: number;
  selected: boolean;
  onSelect: () => void;
  onEnter: () => void;
  onLeave: () => void;
}

function Row({
  row,
  uid,
  color,
  x,
  ticks,
  trackPx,
  selected,
  onSelect,
  onEnter,
  onLeave,
}: RowProps) {
  const bar = barGeometry(row, x);
  const limit = x.range[1];
  const endPx = bar ? Math.min(bar.endPx, limit) : 0;
  const citeId = `${uid}-${row.key.replace(/[^\w-]/g, '-')}-cite`;
  const mid = ROW_H / 2;
  const textX = bar ? (row.openEnded ? endPx + 12 : bar.valuePx + BAR_H / 2 + 6) : 6;
  return (
    <li className={`campaigns-row${selected ? ' is-selected' : ''}`}>
      <button
        type="button"
        className="campaigns-button"
        aria-label={rowName(row)}
        aria-describedby={citeId}
        onClick={onSelect}
        onPointerEnter={onEnter}
        onPointerLeave={onLeave}
        onFocus={onEnter}
        onBlur={onLeave}
      >
        <span className="campaigns-label">
          <span className="campaigns-actor">{row.actorName}</span>
          {row.accountsText && <span className="campaigns-accounts">{row.accountsText}</span>}
        </span>
        <svg className="campaigns-track" width={trackPx} height={ROW_H} aria-hidden="true">
          {ticks.map((t) => (
            <line key={t.value} className="campaigns-grid" x1={t.px} x2={t.px} y1={0} y2={ROW_H} />
          ))}
          {/* A dot plot: on a log scale a bar's length would say nothing true. */}
          <line className="campaigns-guide" x1={0} x2={trackPx} y1={mid} y2={mid} />
          {bar && (
            <>
              {row.openEnded && (
                <>
                  <line
                    className="campaigns-open"
                    x1={bar.valuePx}
                    x2={endPx}
                    y1={mid}
                    y2={mid}
                    stroke={color}
                  />
                  <path
                    d={`M${endPx},${mid - 6}L${endPx + 7},${mid}L${endPx},${mid + 6}Z`}
                    fill={color}
                  />
                </>
              )}
              <circle
                className="campaigns-dot"
                cx={bar.valuePx}
                cy={mid}
                r={BAR_H / 2}
                fill={color}
              />
            </>
          )}
          <text
            className={row.gap ? 'campaigns-value campaigns-value--gap' : 'campaigns-value'}
            x={row.gap ? 6 : textX}
            y={mid}
            dominantBaseline="central"
          >
            {row.valueText}
          </text>
        </svg>
      </button>
      <p className="campaigns-cite" id={citeId}>
        <span className="campaigns-source">{row.sourceName}:</span> <q>{row.citation.quote}</q>
      </p>
    </li>
  );
}
