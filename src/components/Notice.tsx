import { useTimeline, useTimelineStore } from '../store';
import { t } from '../i18n/catalog';

/** A small, dismissible note (e.g. a link parameter that was not understood). */
export function Notice() {
  const store = useTimelineStore();
  const notice = useTimeline((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <p>{notice}</p>
      <button
        type="button"
        onClick={() => store.getState().setNotice(null)}
        aria-label={t('notice.dismiss')}
      >
        ×
      </button>
    </div>
  );
}
