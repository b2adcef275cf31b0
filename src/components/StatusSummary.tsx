import { useEffect, useMemo, useState } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { useSettledDomain } from '../hooks/useSettled';
import { selectVisibleEvents } from '../store/selectors';
import { formatDayRange } from '../timeline/dates';
import { countInWindow, spanBounds } from '../timeline/inWindow';

/**
 * A text summary of the timeline, and a polite live region that announces what changed:
 * "Showing 9 of 15 events, 1 April – 30 June 2026", "Selected: …".
 */
export function StatusSummary() {
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const visible = useTimeline(selectVisibleEvents);
  const [from, to] = useSettledDomain(store);
  const selected = useTimeline((s) =>
    s.selectedId ? s.index.eventById.get(s.selectedId) : undefined,
  );
  const bounds = useMemo(
    () => spanBounds(visible.flatMap((e) => index.spans.get(e.id) ?? [])),
    [visible, index],
  );
  const inView = countInWindow(bounds, from, to);
  const range = formatDayRange(from, to);
  const summary = `Showing ${inView} of ${index.events.length} events, ${range}.`;
  // Announce after gestures settle, not on every frame.
  const [announced, setAnnounced] = useState(summary);
  useEffect(() => {
    const t = window.setTimeout(() => setAnnounced(summary), 400);
    return () => window.clearTimeout(t);
  }, [summary]);
  return (
    <>
      <p id="timeline-summary" className="timeline-summary">
        {summary}{' '}
        {visible.length < index.events.length
          ? `${index.events.length - visible.length} filtered out.`
          : ''}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announced}
        {selected ? ` Selected: ${selected.title}.` : ''}
      </div>
    </>
  );
}
