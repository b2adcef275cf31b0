import { useState } from 'react';
import { downloadBlob } from '../../export/download';
import { embedCodes } from '../../embed/embedCodes';
import { tallestPx } from '../../embed/startHeights';
import type { PictureSet } from '../../embed/picture';
import type { StartHeights } from '../../embed/startHeights';
import { words } from '../words';

const w = words.webFolder;

/**
 * "Download for the web": the story's own folder as a .zip (src/edit/webFolder.ts, loaded on
 * the click), and the embed code for where that folder will live.
 */
export function WebFolderDownload({
  storyJson,
  title,
  disabled,
}: {
  /** The story file's text, as "Download story.json" writes it. */
  storyJson: () => string;
  title: string;
  disabled: boolean;
}) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [folder, setFolder] = useState('https://example.org/graphics/my-story/');
  const [built, setBuilt] = useState<{ pictures: PictureSet; heights: StartHeights } | null>(null);
  const build = async () => {
    setBusy(true);
    try {
      const { buildWebFolder, zipFolder } = await import('../webFolder');
      const made = await buildWebFolder(storyJson(), setStatus);
      setStatus(w.zipping);
      downloadBlob(zipFolder(made.files), 'timeline-for-the-web.zip');
      setBuilt({ pictures: made.pictures, heights: made.heights });
      setStatus(w.downloaded(Object.keys(made.files).length));
    } catch (e) {
      setStatus(w.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  const url = `${base}?embed=1`;
  const code =
    built &&
    embedCodes({
      url,
      title: words.publish.embedTitle(title),
      base,
      pictures: built.pictures,
      startPx: tallestPx(built.heights, new URL(url).searchParams) ?? 640,
      fixedHeightPx: null,
      expandLabel: w.expand,
    }).script;
  return (
    <div className="ed-web-folder">
      <h3>{w.heading}</h3>
      <p>
        {w.introBefore}
        <code>{w.command}</code>
        {w.introAfter}
      </p>
      <button type="button" disabled={disabled || busy} onClick={() => void build()}>
        {w.download}
      </button>
      <p role="status">{status}</p>
      <div className="ed-field">
        <label htmlFor="ed-folder">{w.where}</label>
        <input
          id="ed-folder"
          type="url"
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
        />
      </div>
      {code && (
        <div className="ed-field">
          <label htmlFor="ed-folder-embed">{w.code}</label>
          <textarea
            id="ed-folder-embed"
            readOnly
            rows={7}
            value={code}
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
    </div>
  );
}
