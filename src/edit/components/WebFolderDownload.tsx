import { useState } from 'react';
import { downloadBlob } from '../../export/download';
import { embedCodes } from '../../embed/embedCodes';
import { tallestPx } from '../../embed/startHeights';
import type { PictureSet } from '../../embed/picture';
import type { StartHeights } from '../../embed/startHeights';

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
      setStatus('Zipping…');
      downloadBlob(zipFolder(made.files), 'timeline-for-the-web.zip');
      setBuilt({ pictures: made.pictures, heights: made.heights });
      setStatus(`Downloaded: ${Object.keys(made.files).length} files, one folder to upload.`);
    } catch (e) {
      setStatus(`Could not make the folder: ${e instanceof Error ? e.message : String(e)}`);
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
      title: `Timeline: ${title}`,
      base,
      pictures: built.pictures,
      startPx: tallestPx(built.heights, new URL(url).searchParams) ?? 640,
      fixedHeightPx: null,
      expandLabel: 'Show the whole timeline',
    }).script;
  return (
    <div className="ed-web-folder">
      <h3>Or publish it as a folder of its own</h3>
      <p>
        A folder for any static host, a CMS’s asset store or a bucket: the timeline with this story
        drawn into its page (readable without script, with its own title and picture when shared),
        its pictures for newsletters and AMP, and its embed heights. The same folder as{' '}
        <code>npm run publish -- story.json --out DIR</code>.
      </p>
      <button type="button" disabled={disabled || busy} onClick={() => void build()}>
        Download for the web (.zip)
      </button>
      <p role="status">{status}</p>
      <div className="ed-field">
        <label htmlFor="ed-folder">Where the folder will be published</label>
        <input
          id="ed-folder"
          type="url"
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
        />
      </div>
      {code && (
        <div className="ed-field">
          <label htmlFor="ed-folder-embed">Embed code for the folder</label>
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
