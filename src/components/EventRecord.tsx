import type { TimelineEvent } from '../data/schema';
import { Disagreements } from './Disagreements';
import { Figures } from './Figures';
import { EventMedia } from './EventMedia';

/**
 * An event's media, figures and the places its sources differ. Loaded on its own (EventDetail
 * preloads it when idle) so the first view's budget carries neither these tables nor the
 * wording logic behind "roughly / nearly 25,000 (the accounts differ)".
 */
export default function EventRecord({ event }: { event: TimelineEvent }) {
  return (
    <>
      {event.media && <EventMedia media={event.media} />}
      {event.figures && <Figures figures={event.figures} />}
      {event.disagreements && <Disagreements items={event.disagreements} />}
    </>
  );
}
