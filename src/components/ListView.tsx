import { useState } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { selectVisibleEvents } from '../store/selectors';
import { anchorsOf, chooseBreaks } from '../timeline/breaks';
import { listGaps } from '../timeline/listGaps';
import { sourceLabel } from '../timeline/storyIndex';
import { t } from '../i18n/catalog';
import { useStoryTextLang } from './storyTextLang';
import { formatEventDate } from '../data/dateFormat';
import '../i18n/englishLater';

/** The same filtered events as an ordered list: for screen readers, small screens and print. */
export function ListView({ all = false }: { all?: boolean }) {
  const store = useTimelineStore();
  // Long stories render in pages of 500 so the list stays quick to open.
  const [limit, setLimit] = useState(500);
  const index = useTimeline((s) => s.index);
  const textLang = useStoryTextLang();
  const visible = useTimeline(selectVisibleEvents);
  const kind = useTimeline((s) => s.scaleKind);
  // The stretches the timeline shortens, whatever the width (the list may open first).
  const breaks = kind === 'breaks' ? chooseBreaks(anchorsOf(index.spans)) : [];
  const gaps = listGaps(
    visible.map((e) => e.id),
    index.spans,
    kind,
    breaks,
  );
  if (visible.length === 0) return <p className="timeline-empty">{t('timeline.empty')}</p>;
  return (
    <>
      <h2 className="visually-hidden">{t('list.events')}</h2>
      <ol className="event-list" aria-label={t('list.events')}>
        {(all ? visible : visible.slice(0, limit)).map((e) => (
          <li key={e.id}>
            {gaps.has(e.id) && <p className="list-gap">{gaps.get(e.id)}</p>}
            <p className="list-date">{formatEventDate(e.date)}</p>
            <h3 lang={textLang}>
              <button
                type="button"
                className="linklike"
                onClick={() => store.getState().selectEvent(e.id)}
              >
                {e.title}
              </button>
            </h3>
            <p className="list-meta" lang={textLang}>
              {e.attribution} · {e.actors.map((a) => index.actorById.get(a)?.name ?? a).join(', ')}
            </p>
            <p lang={textLang}>{e.summary}</p>
            <ul className="list-sources">
              {e.citations.map((c) => {
                const s = index.sourceById.get(c.source);
                const l = s ? sourceLabel(s) : { outlet: c.source, title: '' };
                return (
                  <li key={c.source + c.quote}>
                    <q>{c.quote}</q> <span className="muted">— {l.outlet}</span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      {!all && visible.length > limit && (
        <button type="button" onClick={() => setLimit((n) => n + 500)}>
          {t('list.more', {
            count: Math.min(500, visible.length - limit),
            n: visible.length - limit,
          })}
        </button>
      )}
    </>
  );
}
