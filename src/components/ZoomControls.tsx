import { useTimeline, useTimelineStore } from '../store';
import { useSettledDomain } from '../hooks/useSettled';
import { selectMaxZoom } from '../store/selectors';
import { windowWords } from '../timeline/windowWords';
import { isZoomed } from '../timeline/zoom';
import { t } from '../i18n/catalog';

/**
 * Buttons and a slider for zoom: everything the wheel does, for keyboards and thumbs.
 * `compact` (embeds) keeps the three buttons only; keys and gestures do the rest.
 */
export function ZoomControls({ compact = false }: { compact?: boolean }) {
  const store = useTimelineStore();
  const k = useTimeline((s) => s.view.k);
  const maxK = useTimeline(selectMaxZoom);
  const [from, to] = useSettledDomain(store);
  const zoomed = isZoomed({ k });
  const spans = useTimeline((s) => s.index.spans);
  const level = Math.round((Math.log(k) / Math.log(maxK || 2)) * 100) || 0;
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoom.group')}>
      <button
        type="button"
        onClick={() => store.getState().zoomIn()}
        aria-label={t('zoom.in')}
        disabled={k >= maxK - 1e-6}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => store.getState().zoomOut()}
        aria-label={t('zoom.out')}
        disabled={!zoomed}
      >
        −
      </button>
      {!compact && (
        <input
          type="range"
          min={0}
          max={100}
          value={level}
          aria-label={t('zoom.level')}
          aria-valuetext={t('zoom.showing', {
            range: windowWords(spans, [from, to], !zoomed),
          })}
          onChange={(e) => {
            const target = Math.pow(maxK, Number(e.target.value) / 100);
            store.getState().zoomBy(target / store.getState().view.k);
          }}
        />
      )}
      <button type="button" onClick={() => store.getState().resetView()} disabled={!zoomed}>
        {t('zoom.all')}
      </button>
    </div>
  );
}
