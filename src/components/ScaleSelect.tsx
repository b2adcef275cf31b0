import { useTimeline, useTimelineStore } from '../store';
import { isScaleKind, type ScaleKind } from '../timeline/warp';

const LABELS: Record<ScaleKind, string> = {
  breaks: 'Quiet stretches shortened',
  linear: 'True to time',
  sequence: 'Evenly spaced',
};

/** How time is laid along the axis; kept in the URL as `scale`. */
export function ScaleSelect() {
  const store = useTimelineStore();
  const kind = useTimeline((s) => s.scaleKind);
  return (
    <label className="scale-select">
      Time scale{' '}
      <select
        value={kind}
        onChange={(e) => {
          if (isScaleKind(e.target.value)) store.getState().setScaleKind(e.target.value);
        }}
      >
        {(['breaks', 'linear', 'sequence'] as const).map((k) => (
          <option key={k} value={k}>
            {LABELS[k]}
          </option>
        ))}
      </select>
    </label>
  );
}
