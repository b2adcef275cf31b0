import { isZoomed } from '../timeline/zoom';
import type { TimelineStore } from '.';
import { selectDomain } from './selectors';
import { FIELD_BINDINGS, parseUrlState, writeUrlState } from './urlState';
import type { TimelineState } from './types';

/** The fields the reader changes on the page, as the table binds them. */
const LIVE = FIELD_BINDINGS.flatMap(({ field, live }) => (live ? [{ field, ...live }] : []));
const PUSHED = LIVE.filter((b) => b.history === 'push').map((b) => b.field);
/** The window lives in the view (zoom and pan), written as `from` and `to`. */
const REPLACED = [
  ...LIVE.filter((b) => b.history === 'replace').map((b) => b.field),
  'view',
] as const;

const changed = (s: TimelineState, prev: TimelineState, fields: readonly (keyof TimelineState)[]) =>
  fields.some((f) => s[f] !== prev[f]);

/**
 * Keeps the query string and the store in step, as the table (urlParams.ts) says of each
 * field: a choice (the selection, a story step) pushes a history entry, so Back returns to the
 * previous one; zoom, pan, filters and settings replace it.
 */
export function startUrlSync(store: TimelineStore, win: Window = window): () => void {
  let timer = 0;
  let pushTimer = 0;
  let frame = 0;
  /** A selection's entry waits for the next paint; set until it is written. */
  let pushPending = false;
  const write = (push: boolean) => {
    const s = store.getState();
    // The whole story leaves from/to out of the link.
    // The phone's rail says what is on screen (it scrolls with the page).
    const domain =
      s.railWindow ?? (!isZoomed(s.view) || s.widthPx <= 0 ? s.pendingDomain : selectDomain(s));
    const query = writeUrlState(win.location.search, s, domain);
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    // Inside an article's frame a pushed entry would sit in the host page's history, so a
    // reader's Back would deselect instead of leaving: embeds replace.
    if (push && !s.embed) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const flushPush = () => {
    if (!pushPending) return;
    pushPending = false;
    write(true);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (changed(s, prev, PUSHED)) {
      // After the next paint: writing history takes milliseconds a tap's answer should not wait
      // for (pushState is synchronous in the browser). Two choices within one frame share an
      // entry.
      pushPending = true;
      win.cancelAnimationFrame(frame);
      win.clearTimeout(pushTimer);
      frame = win.requestAnimationFrame(() => {
        pushTimer = win.setTimeout(flushPush, 0);
      });
    } else if (changed(s, prev, REPLACED)) {
      // Zoom gestures fire per frame; write once they settle. A pending entry goes first (a
      // hidden tab has no frames to wait for).
      win.clearTimeout(timer);
      timer = win.setTimeout(() => {
        flushPush();
        write(false);
      }, 150);
    }
  });
  const onPop = () => {
    const { state } = parseUrlState(win.location.search, store.getState().index);
    const s = store.getState();
    // A story step sets its own selection and window.
    if (state.storyStep !== null && state.storyStep !== undefined) {
      s.goToStep(state.storyStep);
      return;
    }
    for (const { field, apply } of LIVE)
      (s[apply] as (value: unknown) => void)(state[field] as unknown);
    if (state.pendingDomain) s.showDomain(state.pendingDomain[0], state.pendingDomain[1]);
    else s.resetView();
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.clearTimeout(timer);
    win.clearTimeout(pushTimer);
    win.cancelAnimationFrame(frame);
    win.removeEventListener('popstate', onPop);
  };
}
