import { useEditor, useEditorStore } from './context';
import { useDebounced } from './useDebounced';
import { deleteDraft, listDrafts } from '../drafts';
import { saveDraftFile } from '../saveDraftFile';
import { words } from '../words';

/** The "Saved …" line waits this long after the last save: said once per pause in typing. */
const SAVED_SETTLE_MS = 1000;

/** The draft's name, the other drafts, undo and redo, and whether it is saved. */
export function Toolbar() {
  const store = useEditorStore();
  const name = useEditor((s) => s.name);
  const draftId = useEditor((s) => s.draftId);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const savedAt = useDebounced(
    useEditor((s) => s.savedAt),
    SAVED_SETTLE_MS,
  );
  const saveError = useEditor((s) => s.saveError);
  const exported = useDebounced(
    useEditor((s) => s.exported),
    SAVED_SETTLE_MS,
  );
  const showing = useEditor((s) => s.tab !== 'editing');
  const { rename, undo, redo, close } = store.getState();
  const others = listDrafts(store.getState().storage).filter((d) => d.id !== draftId);
  const w = words.toolbar;
  return (
    <div className="ed-toolbar">
      <div className="ed-field ed-inline">
        <label htmlFor="ed-draft-name">{w.draftName}</label>
        <input
          id="ed-draft-name"
          value={name}
          disabled={showing}
          onChange={(e) => rename(e.target.value)}
        />
      </div>
      <button
        type="button"
        onClick={undo}
        disabled={showing || !canUndo}
        aria-keyshortcuts="Control+Z"
      >
        {w.undo}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={showing || !canRedo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        {w.redo}
      </button>
      {others.length > 0 && (
        <div className="ed-field ed-inline">
          <label htmlFor="ed-switch">{w.openAnother}</label>
          <select
            id="ed-switch"
            value=""
            onChange={(e) => {
              void store.getState().openStored(e.target.value);
            }}
          >
            <option value="">{w.choose}</option>
            {others.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name || words.untitled}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" onClick={close}>
        {w.newOrOpen}
      </button>
      <button
        type="button"
        disabled={showing}
        onClick={() => {
          if (draftId && window.confirm(w.confirmDelete(name))) {
            deleteDraft(store.getState().storage, draftId);
            close();
          }
        }}
      >
        {w.deleteDraft}
      </button>
      <button type="button" onClick={() => saveDraftFile(store.getState())}>
        {words.saveAsFile}
      </button>
      {saveError && (
        <div role="alert" className="ed-report-box ed-alert ed-save-failed">
          <h2>{words.saveFailedTitle}</h2>
          <p>{words.saveFailedBody(saveError)}</p>
          <button
            type="button"
            className="ed-primary"
            onClick={() => saveDraftFile(store.getState())}
          >
            {words.saveAsFile}
          </button>
        </div>
      )}
      <p role="status" className="ed-help">
        {saveError ? '' : savedAt ? w.saved(new Date(savedAt).toLocaleTimeString(), exported) : ''}
      </p>
    </div>
  );
}
