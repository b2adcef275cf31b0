import { enableWholeTitles } from './timeline/layout';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { LoadResult, StoryIssue } from './data/issues';
import type { StoryFile } from './data/schema';
import { resolveStory, storyLanguages } from './data/localText';
import { applyLanguage } from './i18n/apply';
import { StoryView } from './components/StoryView';
import { ReloadBoundary, ReloadPage } from './components/ReloadPage';
import { t } from './i18n/catalog';
import { chooseLanguage as pickLanguage } from './i18n/choose';
import { isEmbedded, PARAMS } from './store/urlParams';
import { readParam, writeParam } from './store/urlParam';

// Only a story that cannot be shown needs it: it waits for its chunk behind the loading page.
const ErrorPage = lazy(() =>
  import('./components/ErrorPage').then((m) => ({ default: m.ErrorPage })),
);

/**
 * A `?data=` story's languages are known only once it has loaded: without `?lang=`, the
 * language is chosen again with them (an embed speaks the story's own).
 */
function languageFor(search: string, file: StoryFile): string {
  const params = new URLSearchParams(search);
  return pickLanguage({
    param: readParam(params, PARAMS.lang),
    browser: typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
    story: storyLanguages(file),
    embed: isEmbedded(params),
  }).lang;
}

/**
 * The code that loads a `?data=` story, in chunks of its own: the first view stays light.
 * (public/boot.js preloads the same chunks, listed by the build: vite.config.ts.)
 */
export const storyLoader = () =>
  Promise.all([
    import('./data/load'),
    import('./timeline/wholeTitles'),
    import('./data/documentMeta'),
  ]);

type State =
  | { kind: 'loading'; file: string; loaded: number; total: number | null }
  /** A big story is drawn before its full check reports (data/fullCheck.ts). */
  | { kind: 'ready'; story: StoryFile; fullCheck?: Promise<LoadResult<StoryFile>> | undefined }
  | { kind: 'error'; issues: StoryIssue[]; retry?: true }
  /** The loader's code (or the file, mid-download) could not be fetched. */
  | { kind: 'failed' };

function initialState(search: string, bundled: StoryFile | null): State {
  const data = readParam(new URLSearchParams(search), PARAMS.data);
  if (data) return { kind: 'loading', file: data, loaded: 0, total: null };
  if (bundled) return { kind: 'ready', story: bundled };
  return {
    kind: 'error',
    issues: [{ file: 'index.html', path: '', message: t('error.noStory') }],
  };
}

/**
 * Loads the story (bundled, or `?data=` from our own origin) and shows it in the reader's
 * language, or what is wrong.
 */
export function App({
  search = window.location.search,
  bundled,
  lang: firstLang = 'en',
  unknownLang = null,
}: {
  search?: string;
  /** The story the page was built with; `?data=` replaces it. */
  bundled: StoryFile | null;
  /** The language chosen before the first render (main.tsx), its catalog already loaded. */
  lang?: string;
  /** A `?lang=` code that is not available, for a quiet notice. */
  unknownLang?: string | null;
}) {
  const [state, setState] = useState<State>(() => initialState(search, bundled));
  const [lang, setLang] = useState(firstLang);
  // After the reader picks a language, the story is drawn anew from the URL as it is then.
  const [viewSearch, setViewSearch] = useState(search);
  const file = state.kind === 'ready' ? state.story : null;
  const story = useMemo(() => file && resolveStory(file, lang), [file, lang]);
  const languages = useMemo(() => (file ? storyLanguages(file) : []), [file]);
  // The tab's title follows the language (the build wrote the bundled story's in English).
  useEffect(() => {
    if (story) document.title = t('meta.title', { title: story.title });
  }, [story, lang]);
  // Rejects when the language's words could not be downloaded; the page keeps its language.
  const chooseLanguage = (code: string) =>
    applyLanguage(code).then(() => {
      const url = new URL(window.location.href);
      writeParam(url.searchParams, PARAMS.lang, code);
      window.history.replaceState(null, '', url);
      setViewSearch(url.search);
      setLang(code);
    });
  const dataFile = state.kind === 'loading' ? state.file : null;
  useEffect(() => {
    if (!dataFile) return;
    const file = dataFile;
    let live = true;
    let lastShown = -Infinity;
    void storyLoader()
      .then(async ([{ loadStory }, { wholeTitles }, { showStoryInDocument }]) => {
        // Another story's titles may not fit as the bundled story's do: room for them whole.
        enableWholeTitles(wholeTitles);
        const r = await loadStory(file, window.location.href, (loaded, total) => {
          // A 50 MB file arrives in about a thousand chunks: redraw the progress ten times a
          // second at most.
          const now = performance.now();
          if (live && now - lastShown >= 100) {
            lastShown = now;
            setState({ kind: 'loading', file, loaded, total });
          }
        });
        if (!live || !r.ok) return r;
        const chosen = readParam(new URLSearchParams(search), PARAMS.lang)
          ? firstLang
          : languageFor(search, r.data);
        if (chosen !== firstLang) {
          await applyLanguage(chosen);
          if (live) setLang(chosen);
        }
        const shown = resolveStory(r.data, chosen);
        showStoryInDocument(document, shown, t('meta.title', { title: shown.title }));
        return r;
      })
      .then(
        (r) => {
          if (live)
            setState(
              r.ok
                ? { kind: 'ready', story: r.data, fullCheck: r.fullCheck }
                : { kind: 'error', issues: r.issues, ...(r.retry ? { retry: r.retry } : {}) },
            );
        },
        () => {
          if (live) setState({ kind: 'failed' });
        },
      );
    return () => {
      live = false;
    };
  }, [dataFile, firstLang, search]);
  // A story the full check refuses is not left on screen: the page says what is wrong with it.
  const fullCheck = state.kind === 'ready' ? state.fullCheck : undefined;
  useEffect(() => {
    if (!fullCheck) return;
    let live = true;
    fullCheck.then(
      (checked) => {
        if (live && !checked.ok) setState({ kind: 'error', issues: checked.issues });
      },
      () => {
        if (live) setState({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [fullCheck]);

  if (state.kind === 'error')
    return (
      // Keyed: a story drawn, then refused, may have left the boundary failed.
      <ReloadBoundary key="error">
        <Suspense fallback={<main className="page loading" />}>
          <ErrorPage issues={state.issues} reload={!!state.retry} />
        </Suspense>
      </ReloadBoundary>
    );
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
      {story && (
        <StoryView
          key={lang}
          story={story}
          search={viewSearch}
          languages={languages}
          lang={lang}
          onLanguage={chooseLanguage}
          unknownLang={unknownLang}
        />
      )}
    </ReloadBoundary>
  );
}
