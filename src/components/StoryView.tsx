import {
  lazy,
  Suspense,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { PrerenderContext } from '../hooks/prerenderContext';
import type { Story } from '../data/schema';
import { StoreContext, useTimeline, useTimelineStore } from '../store';
import { createStoreFromUrl } from '../store/storeFromUrl';
import { startUrlSync } from '../store/urlSync';
import { usePictureChoice } from '../hooks/usePictureChoice';
import { trackWidthGuess, useElementWidth } from '../hooks/useElementSize';
import { isEmbedded } from '../store/urlParams';
import { useMediaQuery, WIDE_DESK } from '../hooks/useMediaQuery';
import { useFitToWindow } from '../hooks/useFitToWindow';
import { useResolvedTheme } from '../hooks/useResolvedTheme';
import { groupColors, groupTextColors } from '../timeline/palette';
import { isVertical, Timeline } from './Timeline';
import { Overview } from './Overview';
import { Toolbar } from './Toolbar';
import { PageTools } from './PageTools';
import { EventDetail } from './EventDetail';
import { StatusSummary } from './StatusSummary';
import { StoryFooter } from './StoryFooter';
import { Notice } from './Notice';
import { LanguageMenu } from './LanguageMenu';
import { usePrinting } from '../hooks/usePrinting';
import { useShortcuts } from '../hooks/useShortcuts';
import { selectVisibleEvents } from '../store/selectors';
import { t } from '../i18n/catalog';
import { dirOf, isLang, LANG_NAMES } from '../i18n/languages';
import { storyLanguagesSentence } from '../i18n/storyLanguages';
import { StoryTextLang, useStoryTextLang } from './storyTextLang';

// Secondary features load on demand, keeping the first view small.
const EmbedDialog = lazy(() => import('./EmbedDialog'));
// Only frames need the embed's layout; its first height is sent once it has drawn.
const EmbedLayout = lazy(() => import('./EmbedLayout'));
const CampaignChart = lazy(() => import('./CampaignChart'));
const ListView = lazy(() => import('./ListView').then((m) => ({ default: m.ListView })));
const ShortcutsHelp = lazy(() =>
  import('./ShortcutsHelp').then((m) => ({ default: m.ShortcutsHelp })),
);
const StoryMode = lazy(() => import('./StoryMode').then((m) => ({ default: m.StoryMode })));

/** The languages a story is written in, and how to choose one (App). */
export interface LanguageProps {
  /** The story's languages, its own first; the menu also offers every interface language. */
  languages?: readonly string[];
  lang?: string;
  /** Switches the page to `code`; rejects when its words could not be downloaded (offline). */
  onLanguage?: (code: string) => void | Promise<void>;
  /** A `?lang=` code that is not available: said in a quiet notice. */
  unknownLang?: string | null;
}

/** Sets up the store for one story from the URL, then lays out the page. */
export function StoryView({
  story,
  search,
  unknownLang = null,
  ...language
}: { story: Story; search: string } & LanguageProps) {
  const prerender = useContext(PrerenderContext);
  // The width is part of the initial state, which is what a server render reads; in the
  // browser, the width the track will have (the picture's it replaces, or the loading page's),
  // so that its first render draws the timeline. An embed measures its own column.
  const [{ store, storyStep }] = useState(() => {
    const guess = isEmbedded(new URLSearchParams(search)) ? 0 : trackWidthGuess();
    return createStoreFromUrl(story, search, prerender?.trackPx ?? guess, unknownLang);
  });
  // In the commit, not after the paint: a tap in between would otherwise miss the address.
  useLayoutEffect(() => {
    if (storyStep !== null) store.getState().goToStep(storyStep);
    return startUrlSync(store);
  }, [store, storyStep]);
  usePictureChoice(store);
  const { languages = [], lang = 'en' } = language;
  // Where the story has no text in the reader's language it is shown in its own, and says so.
  const foreign = languages.length > 0 && !languages.includes(lang) ? languages[0] : undefined;
  return (
    <StoreContext.Provider value={store}>
      <StoryTextLang.Provider value={foreign}>
        <Page {...language} />
      </StoryTextLang.Provider>
    </StoreContext.Provider>
  );
}

function Page({ languages = [], lang = 'en', onLanguage }: LanguageProps) {
  const store = useTimelineStore();
  const fallback = useStoryTextLang();
  const index = useTimeline((s) => s.index);
  const embed = useTimeline((s) => s.embed);
  const transparent = useTimeline((s) => s.transparent);
  const accent = useTimeline((s) => s.accent);
  const font = useTimeline((s) => s.font);
  const fixedHeightPx = useTimeline((s) => s.fixedHeightPx);
  const mode = useTimeline((s) => s.mode);
  const resolved = useResolvedTheme();
  const colors = useMemo(() => groupColors(index, resolved), [index, resolved]);
  const textColors = useMemo(() => groupTextColors(index, resolved), [index, resolved]);
  const wideDesk = useMediaQuery(WIDE_DESK);
  const trackRef = useRef<HTMLDivElement>(null);
  const detailsRef = useRef<HTMLDivElement>(null);
  // On a desk the chosen event's details sit in a column beside the timeline, as tall as the
  // window leaves it.
  useFitToWindow(detailsRef, wideDesk && !embed);
  // Guessed from what is on screen before this page replaces it (the build-time picture, or
  // a `?data=` story's loading page), so the first frame draws the timeline without a layout
  // forced to measure it; the guess is checked before that frame is painted.
  const widthPx = useElementWidth(trackRef, trackWidthGuess);
  // In the same commit as the measurement, so the first timeline render already has the
  // store's scale at this width (a 100,000-event layout is not computed twice on load).
  // (An embed measures its own column: EmbedLayout.)
  useLayoutEffect(() => {
    if (!embed) store.getState().setWidth(widthPx);
  }, [store, widthPx, embed]);
  const storeWidth = useTimeline((s) => s.widthPx);
  const lanes = useTimeline((s) => s.lanes);
  const shownCount = useTimeline(selectVisibleEvents).length;
  const vertical = !embed && isVertical(widthPx, lanes, shownCount);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
    document.documentElement.classList.toggle('is-embed', embed);
    document.documentElement.classList.toggle('is-transparent', transparent);
    // Checked values only (urlParams.ts): a #rrggbb that passed the contrast check, a known font.
    const root = document.documentElement;
    if (accent) root.style.setProperty('--accent', accent);
    else root.style.removeProperty('--accent');
    if (font) root.dataset.font = font;
    else delete root.dataset.font;
  }, [resolved, embed, transparent, accent, font]);

  const { helpOpen: help, setHelpOpen: setHelp, searchSignal } = useShortcuts(store);
  const printing = usePrinting();
  const [embedOpen, setEmbedOpen] = useState(false);
  const storyStep = useTimeline((s) => s.storyStep);

  const { story } = index;
  if (embed)
    return (
      // A fixed height (`height=`) is the whole frame: the details scroll inside their panel.
      <div
        className={`page page--embed${fixedHeightPx ? ' page--fixed' : ''}`}
        style={fixedHeightPx ? { height: fixedHeightPx } : undefined}
      >
        <Suspense fallback={null}>
          <EmbedLayout colors={colors} textColors={textColors} />
        </Suspense>
        {help && (
          <Suspense fallback={null}>
            <ShortcutsHelp open onClose={() => setHelp(false)} />
          </Suspense>
        )}
      </div>
    );
  // On a desk the chosen event's details sit in a column beside the timeline.
  const beside = wideDesk;
  const storyLangAttrs = fallback ? { lang: fallback, dir: dirOf(fallback) } : {};
  // In the masthead on a desk; on the phone at the end of the controls row, as codes.
  const languageMenu = (short: boolean) =>
    onLanguage && (
      <LanguageMenu
        languages={languages}
        lang={lang}
        short={short}
        onChange={(code) =>
          // The menu stays on the current language; the reader is told why.
          void Promise.resolve(onLanguage(code)).catch(() =>
            store.getState().setNotice(
              t('notice.languageNotLoaded', {
                language: isLang(code) ? LANG_NAMES[code] : code,
              }),
            ),
          )
        }
      />
    );
  return (
    <div className={`page${beside ? ' page--beside' : ''}${vertical ? ' page--vertical' : ''}`}>
      <a className="skip-link" href="#timeline-main">
        {t('page.skip')}
      </a>
      <header className="masthead">
        {/* Beside the headline, as news sites place it: the toolbar keeps to one row on a phone. */}
        {!vertical && languageMenu(false)}
        <h1 {...storyLangAttrs}>{story.title}</h1>
        <p className="dek" {...storyLangAttrs}>
          {story.dek}
        </p>
        {fallback && <p className="story-language">{storyLanguagesSentence(languages)}</p>}
      </header>
      <main className="story-main">
        <Notice />
        <Toolbar
          colors={colors}
          textColors={textColors}
          searchFocus={searchSignal}
          end={vertical && languageMenu(true)}
        />
        {storyStep !== null && (
          <Suspense fallback={null}>
            <StoryMode />
          </Suspense>
        )}
        <StatusSummary />
        <div className="stage">
          <div className="stage-main" id="timeline-main" tabIndex={-1}>
            <div ref={trackRef} className="track" hidden={mode !== 'timeline'}>
              {widthPx > 0 && storeWidth > 0 && mode === 'timeline' && (
                <>
                  <Timeline widthPx={widthPx} colors={colors} textColors={textColors} />
                  {!vertical && <Overview widthPx={widthPx} />}
                </>
              )}
            </div>
            <Suspense fallback={null}>
              {mode === 'list' && <ListView all={printing} />}
              {mode !== 'list' && printing && (
                <div className="print-only">
                  <ListView all />
                </div>
              )}
            </Suspense>
            <PageTools onEmbed={() => setEmbedOpen(true)} onShortcuts={() => setHelp(true)} />
          </div>
          <div className="details-slot" ref={detailsRef}>
            <EventDetail />
          </div>
        </div>
        <Suspense fallback={null}>
          <CampaignChart />
        </Suspense>
      </main>
      <StoryFooter />
      {help && (
        <Suspense fallback={null}>
          <ShortcutsHelp open onClose={() => setHelp(false)} />
        </Suspense>
      )}
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setEmbedOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
