import { startTransition, StrictMode } from 'react';
import { importBundledStory, inlineStory } from './data/bundled';
import type { StoryFile } from './data/schema';
import { storyLanguages } from './data/localText';
import { chooseLanguage } from './i18n/choose';
import { applyLanguage } from './i18n/apply';
import { createRoot } from 'react-dom/client';
import { App, storyLoader } from './App';
import { isEmbedded, PARAMS } from './store/urlParams';
import './styles.css';
import { readParam } from './store/urlParam';

const params = new URLSearchParams(window.location.search);
const data = readParam(params, PARAMS.data);
const embedded = isEmbedded(params);
// The loader's chunks run at once, not after the first render; the story itself is already
// downloading, if public/boot.js could start it (a file on this site).
if (data) void storyLoader().catch(() => undefined);

const root = document.getElementById('root');
const show = (story: StoryFile | null) => {
  const { lang, unknown } = chooseLanguage({
    param: readParam(params, PARAMS.lang),
    browser: navigator.languages ?? [navigator.language],
    story: story ? storyLanguages(story) : [],
    embed: embedded,
  });
  // A transition: React renders the page in slices, so a tap on the build-time picture
  // meanwhile is answered at once (public/boot.js) instead of after the whole first render.
  const render = () =>
    root &&
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App bundled={story} lang={lang} unknownLang={unknown} />
        </StrictMode>,
      ),
    );
  // English is in the first view; another language's catalog is fetched first (boot.js has
  // hidden the English picture the build drew). Where it cannot be downloaded (offline, or a
  // deploy meanwhile), the Reload page public/boot.js draws in the reader's language.
  if (lang === 'en') render();
  else void applyLanguage(lang).then(render, () => drawReload() || render());
};
/** public/boot.js's Reload page, drawn in the reader's language; false where it cannot be. */
function drawReload(): boolean {
  const draw = (window as Window & { __drawReload?: () => boolean }).__drawReload;
  return typeof draw === 'function' && draw();
}

// A `?data=` page carries the bundled story too (the build wrote it into the HTML): not read.
const inline = data ? null : inlineStory(document);
if (inline || data) show(inline);
else void importBundledStory().then(show);
// Inside any frame (embed=1 or a host's own iframe), tell the host how tall we are; unless
// the embed has a fixed height (`height=`), which the host set and must not be changed.
// An embed's first height waits for its layout (a chunk of its own): the host sizes the frame
// once, to the real height, instead of to the empty page first.
// Only a framed page reports its height, so only a frame downloads the code that does.
if (window.parent !== window && (!embedded || readParam(params, PARAMS.height) === null))
  void import('./embed/resize').then(({ startHeightReporting }) => {
    if (!embedded) startHeightReporting(window, params);
    else
      startHeightReporting(window, params, undefined, (doc) => !!doc.querySelector('.embed-body'));
  });
