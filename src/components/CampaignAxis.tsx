const AXIS_H = 20;
/** Roughly the width of a tick label's character, to keep the last label inside the track. */
const TICK_CHAR_PX = 6.6;

/** A tick of the campaigns' log scale (decadeTicks). */
export interface CampaignTick {
  value: number;
  label: string;
  px: number;
}

interface Props {
  ticks: readonly CampaignTick[];
  trackPx: number;
}

/** The campaigns' scale over the rows: the first label starts at the edge, the last ends in. */
export function CampaignAxis({ ticks, trackPx }: Props) {
  return (
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
  );
}
