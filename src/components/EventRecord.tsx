import type { Citation, TimelineEvent } from '../data/schema';
import { useTimeline } from '../store';
import { t } from '../i18n/catalog';
import { Disagreements } from './Disagreements';
import { Figures } from './Figures';
import { EventMedia } from './EventMedia';
import { SourceCard } from './SourceCard';
import { isSelfSourced } from '../timeline/selfSourced';
import '../i18n/englishLater';

/**
 * An event's media, figures, the places its sources differ and a card per source. Loaded on its
 * own (EventDetail preloads it when idle) so the first view's budget carries neither these
 * tables, the cards, nor the wording logic behind "roughly / nearly 25,000 (the accounts
 * differ)"; the sources came with the record anyway, in one boundary, so nothing jumps.
 */
export default function EventRecord({
  event,
  bySource,
}: {
  event: TimelineEvent;
  /** The event's citations by source, in the order they are cited. */
  bySource: ReadonlyMap<string, Citation[]>;
}) {
  const index = useTimeline((s) => s.index);
  return (
    <>
      {event.media && <EventMedia media={event.media} />}
      {/* The sources first: one scroll of the column away, however long the record. */}
      {/* A story with no sources of its own names its file once, in the credit line. */}
      {!isSelfSourced(index.story) && (
        <>
          <h3 className="sources-heading">{t('details.sources', { n: bySource.size })}</h3>
          <div className="source-cards">
            {[...bySource.entries()].map(([sourceId, citations]) => {
              const source = index.sourceById.get(sourceId);
              return source ? (
                <SourceCard
                  key={sourceId}
                  source={source}
                  citations={citations}
                  eventId={event.id}
                />
              ) : null;
            })}
          </div>
        </>
      )}
      {event.figures && <Figures figures={event.figures} />}
      {event.disagreements && <Disagreements items={event.disagreements} />}
    </>
  );
}
