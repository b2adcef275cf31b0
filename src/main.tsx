import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startHeightReporting } from './embed/resize';
import { prefetchStory } from './data/prefetch';
import './styles.css';

const params = new URLSearchParams(window.location.search);
const data = params.get('data');
if (data) prefetchStory(data, window.location.href);

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
