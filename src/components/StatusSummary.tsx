import { useEffect, useMemo, useState } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { useSettledDomain } from '../hooks/useSettled';
import { selectVisibleEvents } from '../store/selectors';
import { windowWords } from '../timeline/windowWords';
import { isZoomed } from '../timeline/zoom';
import { countInWindow, eventBounds } from '../timeline/inWindow';
import { t } from '../i18n/catalog';

/**
 * A text summary of the timeline, and a polite live region that announces what changed:
 * "9 of the 15 events in view, 1 April – 30 June 2026", "Selected: …".
 */
export function StatusSummary() {
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const visible = useTimeline(selectVisibleEvents);
  const [from, to] = useSettledDomain(store);
  const bounds = useMemo(() => eventBounds(visible, index.spans), [visible, index]);
  const inView = countInWindow(bounds, from, to);
  const whole = useTimeline((s) => !isZoomed(s.view));
  const range = windowWords(index.spans, [from, to], whole);
  const total = index.events.length;
  const hidden = total - visible.length;
  const summary =
    (inView === visible.length && hidden === 0
      ? t('status.all', { n: total, range })
      : t('status.some', { shown: inView, n: total, range })) +
    (hidden > 0 ? ` ${t('status.hidden', { n: hidden })}` : '');
  // Announce after gestures settle, not on every frame.
  const [announced, setAnnounced] = useState(summary);
  useEffect(() => {
    const t = window.setTimeout(() => setAnnounced(summary), 400);
    return () => window.clearTimeout(t);
  }, [summary]);
  return (
    <>
      {/* Read with the timeline (its description); the toolbar shows the filter to the eye. */}
      <p id="timeline-summary" className="visually-hidden">
        {summary}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announced}
        <SelectedNote />
      </div>
    </>
  );
}

/** The chosen event's line of the announcement, apart so a tap re-renders only this. */
function SelectedNote() {
  const selected = useTimeline((s) =>
    s.selectedId ? s.index.eventById.get(s.selectedId) : undefined,
  );
  return selected ? ` ${t('status.selected', { title: selected.title })}` : null;
}
