import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startHeightReporting } from './embed/resize';
import { prefetchStory } from './data/prefetch';
import './styles.css';

const params = new URLSearchParams(window.location.search);
const data = params.get('data');
if (data) prefetchStory(data, window.location.href);
// The static headline belongs to the bundled story's standalone page only.
if (data !== null || params.get('embed') === '1')
  document.getElementById('static-masthead')?.setAttribute('hidden', '');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
// Inside any frame (embed=1 or a host's own iframe), tell the host how tall we are.
startHeightReporting(window, params);
