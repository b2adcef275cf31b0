import { useTimeline, useTimelineStore } from '../store';
import { isScaleKind } from '../timeline/warp';
import { t } from '../i18n/catalog';

/** How time is laid along the axis; kept in the URL as `scale`. */
export function ScaleSelect() {
  const store = useTimelineStore();
  const kind = useTimeline((s) => s.scaleKind);
  return (
    <label className="scale-select">
      {t('scale.label')}{' '}
      <select
        value={kind}
        onChange={(e) => {
          if (isScaleKind(e.target.value)) store.getState().setScaleKind(e.target.value);
        }}
      >
        {(['breaks', 'linear', 'sequence'] as const).map((k) => (
          <option key={k} value={k}>
            {t(`scale.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
