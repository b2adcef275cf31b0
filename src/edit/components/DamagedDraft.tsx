import { useEditor, useEditorStore } from './context';
import { deleteDraft } from '../drafts';
import { downloadBlob, fileSlug } from '../../export/download';
import { words } from '../words';

/** Saves a draft's raw text as a file, named for the draft. */
export function downloadRawDraft(name: string, raw: string): void {
  downloadBlob(
    new Blob([raw], { type: 'application/json' }),
    `${fileSlug(name)}.stored-draft.json`,
  );
}

/** A stored draft that could not be opened: what is wrong, its raw text, and a way on. */
export function DamagedDraft() {
  const store = useEditorStore();
  const damaged = useEditor((s) => s.damaged);
  if (!damaged) return null;
  return (
    <div role="alert" className="ed-report-box ed-alert">
      <h3>{words.damagedTitle(damaged.name)}</h3>
      <p>{words.damagedBody(damaged.problem)}</p>
      <div className="ed-row">
        <button type="button" onClick={() => downloadRawDraft(damaged.name, damaged.raw)}>
          {words.downloadRaw}
        </button>
        <button
          type="button"
          onClick={() => {
            deleteDraft(store.getState().storage, damaged.id);
            store.getState().setDamaged(null);
          }}
        >
          {words.deleteDamaged}
        </button>
        <button type="button" onClick={() => store.getState().setDamaged(null)}>
          {words.dismiss}
        </button>
      </div>
    </div>
  );
}
