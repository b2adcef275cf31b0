import { memo } from 'react';
import type { PlacedCluster } from '../timeline/layout';
import { useTimelineStore } from '../store';
import { formatDayRange } from '../timeline/dates';
import { DAY_MS } from '../timeline/zoom';
import { compactCount } from '../timeline/counts';
import { t } from '../i18n/catalog';

/** Events merged at this zoom: shows their count; choosing it zooms in on them. */
export const ClusterMark = memo(function ClusterMark({
  cluster,
  y,
}: {
  cluster: PlacedCluster;
  y: number;
}) {
  const store = useTimelineStore();
  const label = `+${compactCount(cluster.count)}`;
  const w = Math.max(30, label.length * 8 + 14);
  const zoomIn = () => {
    const pad = Math.max((cluster.endMs - cluster.startMs) * 0.15, 2 * DAY_MS);
    store.getState().showDomain(cluster.startMs - pad, cluster.endMs + pad);
  };
  return (
    <g
      className="cluster"
      data-mark="cluster"
      data-x0={cluster.x}
      data-x1={cluster.x}
      data-y={y}
      transform={`translate(${cluster.x},${y})`}
      role="button"
      tabIndex={-1}
      aria-label={t('timeline.cluster', {
        n: cluster.count,
        range: formatDayRange(cluster.startMs, cluster.endMs - 1),
      })}
      onClick={zoomIn}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          zoomIn();
        }
      }}
    >
      <rect x={-w / 2} y={3} width={w} height={24} rx={12} />
      <text x={0} y={19.5} textAnchor="middle">
        {label}
      </text>
    </g>
  );
});
