import { lazy, Suspense } from 'react';
import { useTimeline } from '../store';
import { t } from '../i18n/catalog';
import { ZoomControls } from './ZoomControls';
import { ScaleSelect } from './ScaleSelect';

// Loads on demand, keeping the first view small.
const ExportMenu = lazy(() => import('../export/ExportMenu'));

interface Props {
  onEmbed: () => void;
  onShortcuts: () => void;
}

/** The row under the timeline: zoom and scale (timeline only), download, embed, shortcuts. */
export function PageTools({ onEmbed, onShortcuts }: Props) {
  const mode = useTimeline((s) => s.mode);
  return (
    <div className="tools" role="group" aria-label={t('page.zoomShare')}>
      {mode === 'timeline' && <ZoomControls />}
      {mode === 'timeline' && <ScaleSelect />}
      <div className="tools-share">
        <Suspense
          fallback={
            // Same size as the real button, so nothing moves when the menu's code arrives.
            <div className="export-menu">
              <button type="button" disabled>
                {t('page.download')} <span aria-hidden="true">▾</span>
              </button>
            </div>
          }
        >
          <ExportMenu />
        </Suspense>
        <button type="button" onClick={onEmbed}>
          {t('page.embed')}
        </button>
        <button type="button" onClick={onShortcuts}>
          {t('page.shortcuts')}
        </button>
      </div>
    </div>
  );
}
