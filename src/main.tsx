import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startHeightReporting } from './embed/resize';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
// Inside any frame (embed=1 or a host's own iframe), tell the host how tall we are.
startHeightReporting(window, new URLSearchParams(window.location.search));
