import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startHeightReporting } from './embed/resize';
import './styles.css';

const params = new URLSearchParams(window.location.search);
// The static headline belongs to the bundled story's standalone page only.
if (params.has('data') || params.get('embed') === '1')
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
