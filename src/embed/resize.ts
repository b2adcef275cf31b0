// Reports the embedded timeline's content height to the host page, so the host can size the
// iframe to fit and the reader never meets a scrollbar inside the article.
import { createHeightMessages } from './heightMessages';

/**
 * The height the frame needs to show everything without an inner scrollbar.
 *
 * The root element's border box, not `scrollHeight` (never less than the frame, so the frame
 * could grow but never shrink) nor pym.js's `body.offsetHeight` (misses body margins, leaving a
 * few pixels to scroll). It relies on `<html>` keeping `height: auto`: a `height` or
 * `min-height` in `%`/`vh` on html, body or the root would pin it to the frame's own height.
 */
export function measureContentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * When `win` is inside a frame, posts its content height to the parent now, on `load` and
 * whenever the root element resizes (content, fonts, width), in every format listed in
 * `createHeightMessages`. Posts only when the height changed, and never 0. Never asks the host to navigate
 * or scroll. Returns a function that stops reporting.
 */
export function startHeightReporting(
  win: Window,
  params: URLSearchParams,
  chartId?: string,
  /** False while the page is still drawing; no height is sent before it is true. */
  isReady: (doc: Document) => boolean = () => true,
): () => void {
  if (win.parent === win) return () => undefined;
  const doc = win.document;
  let lastHeightPx = -1;

  // Posted straight from the observer callback (which runs after layout), not deferred to
  // requestAnimationFrame: Chromium throttles rAF in off-screen cross-origin frames, and a lazy
  // embed below the fold should be sized before the reader scrolls to it.
  const report = () => {
    if (!isReady(doc)) return;
    const heightPx = measureContentHeight(doc);
    // 0 is the document before the app's first render, never a real height: posting it would
    // collapse the host's reserved space and make the article jump twice.
    if (heightPx === 0 || heightPx === lastHeightPx) return;
    lastHeightPx = heightPx;
    // targetOrigin '*': the host is unknown, and a height is not a secret.
    for (const message of createHeightMessages(heightPx, params, chartId)) {
      win.parent.postMessage(message, '*');
    }
  };

  // The frame's own constructor (lib.dom types it on globalThis only), undefined in old browsers.
  const Observer = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  const observer = Observer ? new Observer(report) : undefined;
  observer?.observe(doc.documentElement);
  // Without ResizeObserver, a width change is the likeliest cause of a new height.
  if (!observer) win.addEventListener('resize', report);
  win.addEventListener('load', report);
  report();

  return () => {
    observer?.disconnect();
    win.removeEventListener('resize', report);
    win.removeEventListener('load', report);
  };
}
