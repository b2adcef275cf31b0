import { barGeometry, rowName, type CampaignRow } from '../timeline/campaigns';
import type { CampaignTick } from './CampaignAxis';
import { QuotedWords } from './QuotedWords';
import { type LogScale } from '../timeline/logScale';

const ROW_H = 28;
const BAR_H = 14;

interface Props {
  row: CampaignRow;
  /** Makes the citation's id unique on the page. */
  uid: string;
  color: string;
  x: LogScale;
  /** The axis's ticks, drawn as grid lines across the row. */
  ticks: readonly CampaignTick[];
  trackPx: number;
  selected: boolean;
  onSelect: () => void;
  /** Pointer or focus in and out: the timeline highlights the event meanwhile. */
  onEnter: () => void;
  onLeave: () => void;
  /** The language the documents are in: the story's own. */
  quoteLang: string;
}

/** One campaign: its actor, a dot at its size on the shared log scale, and the quote behind it. */
export function CampaignChartRow({
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
  quoteLang,
}: Props) {
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
          {/* A space between them, for the words read out of the row (label in name). */}
          {row.accountsText && ' '}
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
        <span className="campaigns-source">{row.sourceName}:</span>{' '}
        <QuotedWords
          quote={row.citation.quote}
          translations={row.citation.translations}
          quoteLang={quoteLang}
        />
      </p>
    </li>
  );
}
