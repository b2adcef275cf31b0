import { Component, type ReactNode } from 'react';
import { t } from '../i18n/catalog';

/**
 * Shown when part of the app could not be downloaded (offline, or a new version deployed while
 * the page was open: the old chunk names are gone). A reload fetches the current ones.
 */
export function ReloadPage() {
  return (
    <main className="page error-page">
      <h1>{t('error.title')}</h1>
      <p role="alert">{t('reload.text')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('reload.button')}
      </button>
    </main>
  );
}

/** Turns an error thrown while rendering (a lazy part that failed to load) into `ReloadPage`. */
export class ReloadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <ReloadPage /> : this.props.children;
  }
}
