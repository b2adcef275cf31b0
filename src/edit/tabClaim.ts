import type { EditorStore } from './store';
import { readDraft, type DraftStorage } from './drafts';

/**
 * One tab edits a draft; any other tab on the same draft is told at once and only shows it, so
 * two tabs never write over each other. The claim is a Web Lock named for the draft: the browser
 * frees it when the tab closes or crashes, and `steal` hands it over when a second tab takes
 * the draft. A showing tab follows the editing one's saves as the storage reports them (a
 * message between tabs could arrive before another tab's write is visible there).
 */
export interface TabClaim {
  /** Edits the open draft here, as it was last saved; the tab that had it only shows it. */
  takeOver: () => void;
  /** Stops claiming and listening (tests, or a page going away). */
  dispose: () => void;
}

export interface TabClaimEnv {
  locks: LockManager;
  storage: DraftStorage;
  /** Calls `listener` with a draft's id when another tab has saved it; returns an unsubscribe. */
  onSavedElsewhere: (listener: (id: string) => void) => () => void;
}

const lockName = (id: string) => `story-editor:draft:${id}`;

export function claimDrafts(store: EditorStore, env: TabClaimEnv): TabClaim {
  const { locks, storage } = env;
  let release: (() => void) | null = null;
  // Each claim supersedes the one before: a late answer for another draft changes nothing.
  let round = 0;

  const claim = (id: string | null, steal: boolean) => {
    const mine = ++round;
    release?.();
    release = null;
    if (id === null) return;
    const held = (lock: Lock | null) => {
      if (mine !== round) return undefined;
      if (!lock) {
        store.setState({ tab: 'open-elsewhere' });
        return undefined;
      }
      store.setState({ tab: 'editing' });
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    locks.request(lockName(id), options, held).catch(() => {
      // Another tab stole the lock: it edits now, and this tab follows it.
      if (mine === round && store.getState().draftId === id) {
        release = null;
        store.setState({ tab: 'taken-over' });
        // The other tab may have saved before this one heard it had lost the draft.
        reload(id);
      }
    });
  };

  /** Shows the draft as last saved, keeping this tab's role and chosen event. */
  const reload = (id: string) => {
    const read = readDraft(storage, id);
    if (read.status !== 'ok') return;
    const { tab, selected } = store.getState();
    store.getState().open(read.draft);
    const count = read.draft.story.events.length;
    store.setState({ tab, selected: selected !== null && selected < count ? selected : null });
  };

  let lastId = store.getState().draftId;
  const unsubscribe = store.subscribe((s) => {
    if (s.draftId === lastId) return;
    lastId = s.draftId;
    claim(s.draftId, false);
  });
  const unlisten = env.onSavedElsewhere((id) => {
    const { draftId, tab } = store.getState();
    if (id === draftId && tab !== 'editing') reload(draftId);
  });
  claim(lastId, false);

  return {
    takeOver: () => {
      const id = store.getState().draftId;
      if (id === null) return;
      reload(id);
      claim(id, true);
    },
    dispose: () => {
      round++;
      release?.();
      unsubscribe();
      unlisten();
    },
  };
}
