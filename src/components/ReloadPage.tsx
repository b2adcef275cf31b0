import { Component, type ReactNode } from 'react';

/**
 * Shown when part of the app could not be downloaded (offline, or a new version deployed while
 * the page was open: the old chunk names are gone). A reload fetches the current ones.
 */
export function ReloadPage() {
  return (
    <main className="page error-page">
      <h1>This story could not be shown</h1>
      <p role="alert">
        Part of this page could not be downloaded: the connection may have dropped, or the site was
        updated while the page was open.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
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
