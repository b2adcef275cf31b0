import { isZoomed } from '../timeline/zoom';
import { defaultScaleKind, type TimelineStore } from '.';
import { selectDomain } from './selectors';
import { parseUrlState, writeUrlState } from './urlState';

/**
 * Keeps the query string and the store in step: selection changes push a history entry
 * (Back returns to the previous selection); zoom, pan and filters replace it.
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
    const scale = s.scaleKind === defaultScaleKind(s.index) ? null : s.scaleKind;
    const query = writeUrlState(win.location.search, { ...s, scale }, domain);
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
    if (s.selectedId !== prev.selectedId || s.storyStep !== prev.storyStep) {
      // After the next paint: writing history takes milliseconds a tap's answer should not wait
      // for (pushState is synchronous in the browser). Two choices within one frame share an
      // entry.
      pushPending = true;
      win.cancelAnimationFrame(frame);
      win.clearTimeout(pushTimer);
      frame = win.requestAnimationFrame(() => {
        pushTimer = win.setTimeout(flushPush, 0);
      });
    } else if (
      s.view !== prev.view ||
      s.railWindow !== prev.railWindow ||
      s.activeActors !== prev.activeActors ||
      s.lanes !== prev.lanes ||
      s.scaleKind !== prev.scaleKind ||
      s.theme !== prev.theme
    ) {
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
    if (state.storyStep !== null) {
      s.goToStep(state.storyStep);
      return;
    }
    s.goToStep(null);
    s.selectEvent(state.selectedId);
    s.setActiveActors(state.activeActors);
    s.setLanes(state.lanes);
    s.setTheme(state.theme);
    s.setScaleKind(state.scale ?? defaultScaleKind(s.index));
    if (state.domain) s.showDomain(state.domain[0], state.domain[1]);
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
