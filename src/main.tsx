import { StrictMode } from 'react';
import { importBundledStory, inlineStory } from './data/bundled';
import type { Story } from './data/schema';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isEmbedded, startHeightReporting } from './embed/resize';
import { parseFixedHeight } from './store/embedOptions';
import { prefetchStory } from './data/prefetch';
import './styles.css';

const params = new URLSearchParams(window.location.search);
const data = params.get('data');
if (data) prefetchStory(data, window.location.href);

const root = document.getElementById('root');
const show = (story: Story | null) =>
  root &&
  createRoot(root).render(
    <StrictMode>
      <App bundled={story} />
    </StrictMode>,
  );
const inline = inlineStory(document);
if (inline || data) show(inline);
else void importBundledStory().then(show);
// Inside any frame (embed=1 or a host's own iframe), tell the host how tall we are; unless
// the embed has a fixed height (`height=`), which the host set and must not be changed.
// An embed's first height waits for its layout (a chunk of its own): the host sizes the frame
// once, to the real height, instead of to the empty page first.
if (!isEmbedded(params)) startHeightReporting(window, params);
else if (parseFixedHeight(params.get('height')) === null)
  startHeightReporting(window, params, undefined, (doc) => !!doc.querySelector('.embed-body'));
