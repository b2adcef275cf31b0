import { useState } from 'react';
import type { Citation, Source } from '../data/schema';
import { sourcePhrase } from '../timeline/storyIndex';
import { useTimeline, useTimelineStore } from '../store';
import { isSafeUrl } from '../data/safeUrl';
import { activeLang, t } from '../i18n/catalog';
import { OurTranslation } from './OurTranslation';
import { formatDay } from '../data/dateFormat';
import { parseDay } from '../data/dateParse';
import '../i18n/englishLater';

/** Other events listed at first, and added by each "Show more": a source behind thousands of
 * events must not make a tap on one of them render thousands of buttons. */
export const OTHERS_SHOWN = 10;
export const OTHERS_MORE = 50;

/**
 * A source and the exact words it uses for the selected event; the other events it supports
 * lead on. Hovering or focusing the card highlights all of them on the timeline.
 */
export function SourceCard({
  source,
  citations,
  eventId,
}: {
  source: Source;
  citations: Citation[];
  eventId: string;
}) {
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const supported = index.eventsBySource.get(source.id) ?? [];
  const others = supported.filter((id) => id !== eventId);
  const [shown, setShown] = useState(OTHERS_SHOWN);
  const hidden = Math.max(0, others.length - shown);
  const complete = !!source.outlet && !!source.title;
  const day = (d: string) => formatDay(parseDay(d));
  const headingId = `source-${eventId}-${source.id}`;
  const lang = activeLang();
  const quoteLang = index.story.language ?? 'en';
  const highlight = () => store.getState().setHighlighted(supported);
  const clear = () => store.getState().setHighlighted([]);
  return (
    <article
      className="source-card"
      aria-labelledby={headingId}
      onMouseEnter={highlight}
      onMouseLeave={clear}
      onFocus={highlight}
      onBlur={clear}
    >
      <h4 id={headingId}>
        {source.outlet ? (
          <span className="source-outlet">{source.outlet}</span>
        ) : (
          <span className="source-outlet source-outlet--unnamed">{sourcePhrase(source, day)}</span>
        )}
        {source.title && <span className="source-title">{source.title}</span>}
      </h4>
      <p className="source-meta">
        {complete && source.date ? day(source.date) : complete ? t('source.undated') : null}
        {source.url && isSafeUrl(source.url) && (
          <>
            {' · '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {t('source.read')}
            </a>
          </>
        )}
      </p>
      <p className="source-description">{source.description}</p>
      {citations.map((c) => {
        // Quotes stay in the document's words; our translation follows, labelled as ours.
        const own = c.translations?.[lang];
        return (
          <div key={c.quote} className="quote">
            <blockquote lang={quoteLang === lang ? undefined : quoteLang}>
              <p>{c.quote}</p>
            </blockquote>
            {own && <OurTranslation text={own} />}
          </div>
        );
      })}
      {others.length > 0 && (
        <div className="source-others">
          <p>{t('source.alsoSupports')}</p>
          <ul>
            {others.slice(0, shown).map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="linklike"
                  onClick={() => store.getState().selectEvent(id, { reveal: true })}
                >
                  {index.eventById.get(id)?.title ?? id}
                </button>
              </li>
            ))}
          </ul>
          {hidden > 0 && (
            <button
              type="button"
              className="linklike source-others-more"
              onClick={() => setShown((n) => n + OTHERS_MORE)}
            >
              {t('source.more', { more: Math.min(hidden, OTHERS_MORE), n: hidden })}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
