import { lazy, Suspense, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { t } from '../i18n/catalog';
import { messageParts } from './messageParts';
import { useMarkClearOfSheet } from '../hooks/useMarkClearOfSheet';
import type { Citation } from '../data/schema';
import { useStoryTextLang } from './storyTextLang';
import { formatEventDate, precisionNote } from '../data/dateFormat';

const loadRecord = () => import('./EventRecord');
const EventRecord = lazy(loadRecord);

/**
 * The selected event: date as precisely as known, who says it, what differs, its sources.
 * `compact` (embeds) shows the summary and the first quote until the reader asks for the rest,
 * so opening an event does not triple the height of the article's frame.
 */
export function EventDetail({ compact = false }: { compact?: boolean }) {
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const textLang = useStoryTextLang();
  const selectedId = useTimeline((s) => s.selectedId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Set when a control inside the panel (a cross-link) changes the selection.
  const fromPanel = useRef(false);
  const event = selectedId ? index.eventById.get(selectedId) : undefined;
  // A tap paints the date, headline and summary in its first frame; the actors, figures and
  // source cards (most of the panel's elements) follow in the next, so the answer to a tap is
  // not held up by them (phone, CPU 4× slower: see docs/benchmarks.md).
  const deferredEvent = useDeferredValue(event);
  // Per event: choosing another event folds its sources again.
  const [expandedId, setExpandedId] = useState<string | null>(null);

  useMarkClearOfSheet(panelRef, event ? event.id : null);

  useEffect(() => {
    // Fetch the figures and disagreements while the reader looks, so a first choice shows them
    // at once. The panel never unmounts, so this runs once.
    const id = setTimeout(() => void loadRecord(), 0);
    return () => clearTimeout(id);
  }, []);

  useEffect(() => {
    // After a cross-link the clicked button is gone; keep focus in the panel, on the new title.
    // Never on load: focusing inside an embed would scroll the host page.
    if (event && (fromPanel.current || panelRef.current?.contains(document.activeElement)))
      headingRef.current?.focus();
    fromPanel.current = false;
  }, [event]);

  if (!event) {
    return (
      <section className="details details--empty" aria-label={t('details.label')} ref={panelRef}>
        <p>{compact ? t('details.emptyCompact') : t('details.empty')}</p>
      </section>
    );
  }
  const bySource = new Map<string, Citation[]>();
  for (const c of event.citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
  const folded = compact && expandedId !== event.id;
  const first = event.citations[0];
  const firstSource = first ? index.sourceById.get(first.source) : undefined;
  // Actors, figures, disagreements and every source: what a folded embed leaves out.
  const basis = (
    <p className="details-basis">
      {messageParts('details.basis', { basis: <bdi>{event.date.basis ?? ''}</bdi> })}
    </p>
  );
  // One boundary for all of it: the record's code resolves a tick after the first render, and
  // the sources shown before it would then jump down under it.
  const rest = (
    <Suspense fallback={null}>
      {/* One actor in the whole story says nothing about this event. */}
      {index.story.actors.length > 1 && (
        <p className="details-actors">
          <span className="visually-hidden">{t('details.actors')} </span>
          {event.actors.map((a) => (
            <span key={a} className="actor-tag">
              {index.actorById.get(a)?.name ?? a}
            </span>
          ))}
        </p>
      )}
      <EventRecord event={event} bySource={bySource} />
    </Suspense>
  );
  const close = () => {
    const id = event.id;
    store.getState().selectEvent(null);
    // Escape/close returns focus to the event on the timeline.
    requestAnimationFrame(() =>
      document
        .querySelector<SVGGElement>(
          `[data-mark="event"][data-event-id="${CSS.escape(id)}"][role="button"]`,
        )
        ?.focus(),
    );
  };
  return (
    <section
      className="details"
      aria-label={t('details.label')}
      ref={panelRef}
      onClickCapture={(e) => {
        if ((e.target as Element).closest('.source-others')) fromPanel.current = true;
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <div className="details-head">
        {/* First, so that where it floats (embeds) the date and headline wrap beside it. */}
        <button
          type="button"
          className="details-close"
          onClick={close}
          aria-label={t('details.close')}
        >
          ×
        </button>
        <p className="details-date">
          <span>{formatEventDate(event.date)}</span>
          <span className="details-precision"> · {precisionNote(event.date.precision)}</span>
        </p>
      </div>
      <h2 id="details-title" tabIndex={-1} ref={headingRef} lang={textLang}>
        {event.title}
      </h2>
      {/* Folded (embeds), the date's label ("by one account") stands in for its basis. */}
      {event.date.basis && !folded && basis}
      <p className="details-attribution" lang={textLang}>
        {event.attribution}
      </p>
      <p className="details-summary" lang={textLang}>
        {event.summary}
      </p>
      {folded ? (
        // The first quote, and on its credit line the way to the rest: one line, not two.
        <div className="details-first">
          {first && (
            <blockquote className="details-first-quote">
              <p>{first.quote}</p>
            </blockquote>
          )}
          <p className="details-first-cite">
            {first && <span>— {firstSource?.outlet ?? t('source.outletMissing')}</span>}
            <button
              type="button"
              className="details-more"
              aria-expanded={false}
              onClick={() => setExpandedId(event.id)}
            >
              {t('details.allSources', { n: bySource.size })}
            </button>
          </p>
        </div>
      ) : deferredEvent === event ? (
        rest
      ) : null}
    </section>
  );
}
