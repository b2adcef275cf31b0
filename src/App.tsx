import { useEffect, useState } from 'react';
import type { StoryIssue } from './data/issues';
import type { Story } from './data/schema';
import { StoryView } from './components/StoryView';
import { ErrorPage } from './components/ErrorPage';
import { ReloadBoundary, ReloadPage } from './components/ReloadPage';
import { t } from './i18n/catalog';

type State =
  | { kind: 'loading'; file: string; loaded: number; total: number | null }
  | { kind: 'ready'; story: Story }
  | { kind: 'error'; issues: StoryIssue[] }
  /** The loader's code (or the file, mid-download) could not be fetched. */
  | { kind: 'failed' };

function initialState(search: string, bundled: Story | null): State {
  const data = new URLSearchParams(search).get('data');
  if (data) return { kind: 'loading', file: data, loaded: 0, total: null };
  if (bundled) return { kind: 'ready', story: bundled };
  return {
    kind: 'error',
    issues: [{ file: 'index.html', path: '', message: t('error.noStory') }],
  };
}

/** Loads the story (bundled, or `?data=` from our own origin) and shows it, or what is wrong. */
export function App({
  search = window.location.search,
  bundled,
}: {
  search?: string;
  /** The story the page was built with; `?data=` replaces it. */
  bundled: Story | null;
}) {
  const [state, setState] = useState<State>(() => initialState(search, bundled));
  const file = state.kind === 'loading' ? state.file : null;
  useEffect(() => {
    if (!file) return;
    let live = true;
    let lastShown = -Infinity;
    // The validator (zod) loads only for stories that need it, keeping the first view light.
    void import('./data/load')
      .then(async ({ loadStory, showStoryInDocument }) => {
        const r = await loadStory(file, window.location.href, (loaded, total) => {
          // A 50 MB file arrives in about a thousand chunks: redraw the progress ten times a
          // second at most.
          const now = performance.now();
          if (live && now - lastShown >= 100) {
            lastShown = now;
            setState({ kind: 'loading', file, loaded, total });
          }
        });
        if (live && r.ok) showStoryInDocument(document, r.data);
        return r;
      })
      .then(
        (r) => {
          if (live)
            setState(r.ok ? { kind: 'ready', story: r.data } : { kind: 'error', issues: r.issues });
        },
        () => {
          if (live) setState({ kind: 'failed' });
        },
      );
    return () => {
      live = false;
    };
  }, [file]);

  if (state.kind === 'error') return <ErrorPage issues={state.issues} />;
  if (state.kind === 'failed') return <ReloadPage />;
  if (state.kind === 'loading') {
    // A compressed response's length counts compressed bytes; then only megabytes are shown.
    const pct =
      state.total && state.loaded <= state.total
        ? Math.round((state.loaded / state.total) * 100)
        : null;
    return (
      <main className="page loading">
        <p role="status">
          {t('page.loading')}{' '}
          {pct !== null
            ? `${pct}%`
            : state.loaded > 0
              ? `${(state.loaded / 1048576).toFixed(1)} MB`
              : ''}
        </p>
        {pct !== null && <progress max={100} value={pct} aria-label={t('page.loadingLabel')} />}
      </main>
    );
  }
  return (
    <ReloadBoundary>
      <StoryView story={state.story} search={search} />
    </ReloadBoundary>
  );
}
