import { useRef, useState } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';
import { defaultScaleKind, useTimeline, useTimelineStore } from '../store';
import { selectDomain } from '../store/selectors';
import { writeUrlState } from '../store/urlState';

const WIDTHS = [
  { label: '320 px', px: 320 },
  { label: '600 px', px: 600 },
  { label: 'Full width', px: 0 },
] as const;

/** The page's address without query or hash: where the built app is served. */
function appBase(): string {
  const u = new URL(window.location.href);
  return `${u.origin}${u.pathname}`;
}

/** The view URL for an embed of the current state (filters, selection, window, theme, step). */
export function embedUrl(
  search: string,
  s: Parameters<typeof writeUrlState>[1],
  domain: [number, number] | null,
): string {
  const own = new URLSearchParams(search);
  for (const k of [...own.keys()]) if (!['data'].includes(k)) own.delete(k);
  const q = writeUrlState(own.toString(), { ...s, embed: true }, domain);
  return `${appBase()}${q}`;
}

function CopyField({ label, code }: { label: string; code: string }) {
  const [copied, setCopied] = useState(false);
  const id = label.replace(/\W+/g, '-').toLowerCase();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      // Clipboard blocked (insecure origin, permissions): select the text for a manual copy.
      const el = document.getElementById(id);
      if (el instanceof HTMLTextAreaElement) el.select();
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={code} rows={3} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={() => void copy()}>
        {copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? 'Copied to the clipboard' : ''}
      </span>
    </div>
  );
}

/** Ready-to-paste embed code for the current view, with a live preview at a chosen width. */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const store = useTimelineStore();
  const title = useTimeline((s) => s.index.story.title);
  const [width, setWidth] = useState(600);
  useModalDialog(ref, true);
  const s = store.getState();
  const zoomed = s.view.k > 1.0001;
  const scale = s.scaleKind === defaultScaleKind(s.index) ? null : s.scaleKind;
  const url = embedUrl(window.location.search, { ...s, scale }, zoomed ? selectDomain(s) : null);
  const iframe = `<iframe src="${url}" title="${title.replace(/"/g, '&quot;')}" style="width:100%;border:0" height="720" loading="lazy"></iframe>`;
  const script = `<div data-timeline-embed data-src="${url}" data-title="${title.replace(/"/g, '&quot;')}"></div>\n<script async src="${appBase()}embed.js"></script>`;
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="embed-title"
      onClose={onClose}
    >
      <h2 id="embed-title">Embed this timeline</h2>
      <p className="muted">
        The code shows the current view: filters, selected event, visible dates, theme. The frame
        sizes itself to its content with the script; the plain iframe has a fixed height.
      </p>
      <CopyField label="Script embed (self-sizing)" code={script} />
      <CopyField label="Iframe only" code={iframe} />
      <fieldset className="preview-widths">
        <legend>Preview width</legend>
        {WIDTHS.map((w) => (
          <label key={w.label}>
            <input
              type="radio"
              name="preview-width"
              checked={width === w.px}
              onChange={() => setWidth(w.px)}
            />
            {w.label}
          </label>
        ))}
      </fieldset>
      <div className="preview-frame" style={{ width: width ? `${width}px` : '100%' }}>
        <iframe src={url} title={`Preview: ${title}`} height={520} />
      </div>
      <form method="dialog">
        <button type="submit" onClick={onClose}>
          Close
        </button>
      </form>
    </dialog>
  );
}
