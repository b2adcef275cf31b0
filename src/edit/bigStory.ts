/**
 * From this many events the editor works as for a big story: the whole story is checked (and
 * previewed) off the page's thread when typing pauses, each event typed in is checked on its
 * own meanwhile, and a run of keystrokes is saved once, when it pauses. At 200 events the whole
 * check takes about 100 ms on a 2-core machine; at 5,000, seconds.
 */
export const BIG_STORY = 200;

/** Typing pauses this long before a big story is checked whole and saved. */
export const PAUSE_MS = 400;
