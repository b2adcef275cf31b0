import { useId, useLayoutEffect, useRef, useState } from 'react';
import { usePopover } from '../hooks/usePopover';
import { useTimeline, useTimelineStore } from '../store';
import { selectDomain, selectVisibleEvents } from '../store/selectors';
import type { TimelineState } from '../store/types';
import { eventsToCsv } from './csv';
import { downloadBlob, fileSlug } from './download';
import { composeSvg } from './image';
import { describeView } from './imageLayout';
import { isZoomed } from '../timeline/zoom';
import { filteredStory } from './storyData';
import { t } from '../i18n/catalog';
import { svgToPng } from './svgToPng';
import '../i18n/englishLater';

type Kind = 'svg' | 'png' | 'json' | 'csv';

/** "the-fight-…-2026", with "-filtered" when the actor filter is on. */
function baseName(s: TimelineState): string {
  return `${fileSlug(s.index.story.title)}${s.activeActors ? '-filtered' : ''}`;
}

/** Builds and saves one file; throws a reader-facing message when it cannot. */
async function save(kind: Kind, s: TimelineState, page: Element | null): Promise<string> {
  const name = baseName(s);
  const visible = selectVisibleEvents(s);
  if (kind === 'json') {
    const story = filteredStory(s.index.story, new Set(visible.map((e) => e.id)));
    const text = `${JSON.stringify(story, null, 2)}\n`;
    downloadBlob(new Blob([text], { type: 'application/json' }), `${name}.json`);
    return `${name}.json`;
  }
  if (kind === 'csv') {
    // The byte-order mark tells spreadsheet programs the file is UTF-8 (for “quotes” and é).
    const text = `\uFEFF${eventsToCsv(s.index, visible)}`;
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    return `${name}.csv`;
  }
  const svgEl = page?.querySelector<SVGSVGElement>('svg.timeline-svg');
  if (!svgEl) throw new Error(t('export.switch'));
  const out = composeSvg(
    svgEl,
    describeView(s.index, s.activeActors, selectDomain(s), !isZoomed(s.view)),
  );
  if (kind === 'svg') {
    downloadBlob(new Blob([out.svg], { type: 'image/svg+xml' }), `${name}.svg`);
    return `${name}.svg`;
  }
  downloadBlob(await svgToPng(out.svg, out.widthPx, out.heightPx, 2), `${name}.png`);
  return `${name}.png`;
}

/** A "Download" disclosure with the view as an image (SVG, PNG) and the data (JSON, CSV). */
export default function ExportMenu() {
  const store = useTimelineStore();
  const mode = useTimeline((s) => s.mode);
  const shown = useTimeline((s) => selectVisibleEvents(s).length);
  const { open, setOpen, wrapRef, buttonRef: toggleRef, onKeyDown } = usePopover();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [alignEnd, setAlignEnd] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const panelId = `${id}-panel`;
  const imageNoteId = `${id}-image-note`;
  const dataNoteId = `${id}-data-note`;

  // Open toward whichever side keeps the panel on screen (the toolbar wraps on phones).
  useLayoutEffect(() => {
    const panel = panelRef.current;
    const wrap = wrapRef.current;
    if (!open || !panel || !wrap) return;
    const viewportW = document.documentElement.clientWidth;
    const box = wrap.getBoundingClientRect();
    // The panel opens at the inline start: the left in English, the right in Arabic.
    const rtl = getComputedStyle(wrap).direction === 'rtl';
    setAlignEnd(
      rtl ? box.right - panel.offsetWidth < 8 : box.left + panel.offsetWidth > viewportW - 8,
    );
  }, [open, wrapRef]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggleRef.current?.focus();
  };
  const choose = async (kind: Kind) => {
    setBusy(true);
    setStatus(kind === 'png' ? t('export.preparing') : '');
    try {
      const file = await save(kind, store.getState(), wrapRef.current?.closest('.page') ?? null);
      setStatus(t('export.saved', { file }));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : t('export.failed'));
    } finally {
      setBusy(false);
      close(true);
    }
  };

  const noImage = mode !== 'timeline';
  const noData = shown === 0;
  const item = (kind: Kind, disabled: boolean, noteId: string) => (
    <button
      type="button"
      disabled={disabled || busy}
      {...(disabled ? { 'aria-describedby': noteId } : {})}
      onClick={() => void choose(kind)}
    >
      {t(`export.${kind}`)}
    </button>
  );
  return (
    <div className="export-menu" ref={wrapRef} onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={toggleRef}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('page.download')} <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className={`export-panel${alignEnd ? ' export-panel--end' : ''}`}
        role="group"
        aria-label={t('page.download')}
        hidden={!open}
      >
        {item('svg', noImage, imageNoteId)}
        {item('png', noImage, imageNoteId)}
        {item('json', noData, dataNoteId)}
        {item('csv', noData, dataNoteId)}
        {noImage && (
          <p id={imageNoteId} className="export-note">
            {t('export.noImage')}
          </p>
        )}
        {noData && (
          <p id={dataNoteId} className="export-note">
            {t('export.noData')}
          </p>
        )}
      </div>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
