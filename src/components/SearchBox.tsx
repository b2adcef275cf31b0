import { useId, useMemo, useRef, useEffect, useState } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { selectVisibleEvents } from '../store/selectors';
import type { searchEvents } from '../timeline/search';
import { t } from '../i18n/catalog';

type Search = typeof searchEvents;
// The matching code waits for the first query: most readers never search.
let loaded: Search | null = null;

/** "Find an event": matches titles, summaries, actors and quotes as you type. */
export function SearchBox({ focusSignal }: { focusSignal: number }) {
  const store = useTimelineStore();
  const query = useTimeline((s) => s.query);
  const index = useTimeline((s) => s.index);
  const visible = useTimeline(selectVisibleEvents);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [search, setSearch] = useState<Search | null>(loaded);
  // Why the matching code could not be downloaded: said, and asked for again as the query
  // changes (where the browser keeps a failed module for the page's life, as Chromium does, the
  // words ask for a reload).
  const [failed, setFailed] = useState<unknown>();
  // Whether there is a query: spaces alone are none.
  const wanted = query.trim().length > 0;
  useEffect(() => {
    if (!wanted || search) return;
    import('../timeline/search').then((m) => {
      loaded = m.searchEvents;
      setSearch(() => m.searchEvents);
    }, setFailed);
  }, [wanted, search, query]);
  const matches = useMemo(
    () => (search ? search(index, visible, query) : []),
    [search, index, visible, query],
  );
  useEffect(() => {
    if (focusSignal > 0) inputRef.current?.focus();
  }, [focusSignal]);
  useEffect(() => {
    store.getState().setHighlighted(wanted ? matches.map((e) => e.id) : []);
  }, [store, matches, wanted]);
  const open = (id: string) => {
    store.getState().setQuery('');
    store.getState().selectEvent(id, { reveal: true });
  };
  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="search"
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => store.getState().setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') store.getState().setQuery('');
          // Enter opens the first match, as a search field's Enter does everywhere.
          const first = matches[0];
          if (e.key === 'Enter' && wanted && first) {
            e.preventDefault();
            open(first.id);
          }
        }}
        aria-describedby={`${listId}-status`}
        autoComplete="off"
      />
      <p id={`${listId}-status`} className="search-status" role="status">
        {wanted
          ? matches.length
            ? t('search.matches', { n: matches.length })
            : t(failed && !search ? 'search.failed' : 'search.none')
          : ''}
      </p>
      {wanted && matches.length > 0 && (
        <ul className="search-results" aria-label={t('search.results')}>
          {matches.slice(0, 12).map((e) => (
            <li key={e.id}>
              <button type="button" className="linklike" onClick={() => open(e.id)}>
                {e.title}
              </button>
            </li>
          ))}
          {matches.length > 12 && (
            <li className="muted">{t('search.more', { n: matches.length - 12 })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
