import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { StoryView } from '../../components/StoryView';
import { ReloadBoundary } from '../../components/ReloadPage';
import { isPreviewMessage } from './message';
import { withReaderPaths } from './readerPaths';
import { applyLanguage } from '../../i18n/apply';
import { parseBatch } from '../storyPieces';
import type { TimelineEvent } from '../../data/schema';
import '../../styles.css';

// The editor's preview frame: the reader's own StoryView, redrawn with each story the editor
// (same origin only) sends. A new key per story gives each its own store, as a page load would.
const root = createRoot(document.getElementById('root') as HTMLElement);
let version = 0;
window.addEventListener('message', (e: MessageEvent<unknown>) => {
  if (e.origin !== window.location.origin || !isPreviewMessage(e.data)) return;
  const { search, lang, head, batches } = e.data;
  version += 1;
  const mine = version;
  void (async () => {
    // A batch at a time: the frame shares the editor's thread, which answers keys in between.
    const events: TimelineEvent[] = [];
    for (const batch of batches) {
      events.push(...parseBatch(batch));
      await new Promise((next) => setTimeout(next, 0));
      // A later story (typing goes on meanwhile) wins.
      if (mine !== version) return;
    }
    // The reader's page is one folder up: image paths in the story are relative to it.
    const story = withReaderPaths(
      { ...head.story, events },
      new URL('../', window.location.href).href,
    );
    await applyLanguage(lang);
    if (mine !== version) return;
    // In slices: the frame shares the editor's thread, and typing there must not wait for a
    // 5,000-event timeline to be drawn.
    startTransition(() =>
      root.render(
        <StrictMode>
          <ReloadBoundary>
            <StoryView key={mine} story={story} search={search} lang={lang} />
          </ReloadBoundary>
        </StrictMode>,
      ),
    );
  })();
});
window.parent.postMessage('preview-ready', window.location.origin);
