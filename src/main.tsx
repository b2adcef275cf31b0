import { StrictMode } from 'react';
import { importBundledStory, inlineStory } from './data/bundled';
import type { Story } from './data/schema';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startHeightReporting } from './embed/resize';
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
// Inside any frame (embed=1 or a host's own iframe), tell the host how tall we are.
startHeightReporting(window, params);
