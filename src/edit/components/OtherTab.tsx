import { useContext } from 'react';
import { ClaimContext, useEditor, useEditorStore } from './context';
import { words } from '../words';

/** Says at once that another tab edits this draft, with the two ways on: take it, or copy it. */
export function OtherTab() {
  const store = useEditorStore();
  const claim = useContext(ClaimContext);
  const tab = useEditor((s) => s.tab);
  if (tab === 'editing') return null;
  const copy = () => {
    const { history, name } = store.getState();
    const { story, texts, translations } = history.present;
    store
      .getState()
      .start(structuredClone(story), words.copyName(name), structuredClone(translations), {
        ...texts,
      });
  };
  return (
    <div role="alert" className="ed-report-box ed-alert">
      <h2>{tab === 'open-elsewhere' ? words.openElsewhereTitle : words.takenOverTitle}</h2>
      <p>{tab === 'open-elsewhere' ? words.openElsewhereBody : words.takenOverBody}</p>
      <div className="ed-row">
        {claim && (
          <button type="button" className="ed-primary" onClick={claim.takeOver}>
            {words.editHere}
          </button>
        )}
        <button type="button" onClick={copy}>
          {words.openCopy}
        </button>
      </div>
    </div>
  );
}
