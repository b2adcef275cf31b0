import { memo } from 'react';
import { useTimelineStore } from '../store';
import { compactCount } from '../timeline/counts';
import { t } from '../i18n/catalog';
import { type PlacedCluster } from '../timeline/layoutTypes';
import { formatDayRange } from '../data/dateFormat';
import { DAY_MS } from '../timeline/warp';

/** Position belongs to useHotMarks: a cluster of the same events need not render again. */
function sameCluster(
  a: { cluster: PlacedCluster; at?: string | undefined },
  b: { cluster: PlacedCluster; at?: string | undefined },
): boolean {
  const [p, q] = [a.cluster, b.cluster];
  return (
    a.at === b.at &&
    p.id === q.id &&
    p.count === q.count &&
    p.startMs === q.startMs &&
    p.endMs === q.endMs
  );
}

/** Events merged at this zoom: shows their count; choosing it zooms in on them. */
export const ClusterMark = memo(function ClusterMark({
  cluster,
  at,
}: {
  cluster: PlacedCluster;
  /** The transform to draw with when nothing will run useHotMarks (the build-time picture). */
  at?: string | undefined;
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
      data-hot={`c:${cluster.id}`}
      transform={at}
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
}, sameCluster);
