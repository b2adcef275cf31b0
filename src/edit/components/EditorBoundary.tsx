import { Component, type ReactNode } from 'react';
import type { EditorStore } from '../store';
import { draftText, forgetCurrent, storedDraftText } from '../drafts';
import { downloadRawDraft } from './DamagedDraft';
import { words } from '../words';

interface Props {
  store: EditorStore;
  children: ReactNode;
}

/**
 * The last guard: a draft the checks let through that still breaks a form ends here, with the
 * draft's stored text to download and a fresh start, instead of a white page on every load.
 */
export class EditorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private startAfresh = () => {
    forgetCurrent(this.props.store.getState().storage);
    this.props.store.getState().close();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { draftId, name, storage, history, savedAt, exported, published } =
      this.props.store.getState();
    // A big draft saved or read back by a worker is not held on the page: until the page saves
    // it again, the draft as shown is the draft as saved.
    const raw =
      draftId === null
        ? null
        : (storedDraftText(storage, draftId) ??
          draftText({
            id: draftId,
            name,
            ...history.present,
            updatedAt: savedAt ?? 0,
            exported,
            published,
          }));
    return (
      <main className="ed-main" aria-label={words.app.title}>
        <div role="alert" className="ed-report-box ed-alert">
          <h2>{words.crashTitle}</h2>
          <p>{words.crashBody(error.message)}</p>
          <div className="ed-row">
            {raw !== null && (
              <button type="button" onClick={() => downloadRawDraft(name || words.untitled, raw)}>
                {words.downloadRaw}
              </button>
            )}
            <button type="button" className="ed-primary" onClick={this.startAfresh}>
              {words.startAfresh}
            </button>
          </div>
        </div>
      </main>
    );
  }
}
