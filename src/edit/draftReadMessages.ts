import type { Draft, DraftRead } from './drafts';
import { createStoryJoiner, eventBatches, storyHead } from './storyPieces';
import { byDate } from './ops';

/**
 * What the draft-reading worker (`draftReadWorker.ts`) posts: the draft as read without its
 * story's events, then the events' texts in batches (`storyPieces.ts`), as the opening worker
 * does, so the page takes a big draft in tasks of milliseconds.
 */
export type DraftReadMessage =
  | { type: 'read'; read: DraftRead; count: number; order?: number[] }
  | { type: 'events'; batch: string[] };

export function draftReadMessages(read: DraftRead, maxChars?: number): DraftReadMessage[] {
  if (read.status !== 'ok') return [{ type: 'read', read, count: 0 }];
  const head = storyHead(read.draft.story);
  return [
    {
      type: 'read',
      read: { status: 'ok', draft: { ...read.draft, story: head.story } },
      count: head.count,
      // Sorted here, off the page's thread: the events table's first render needs it.
      order: [...byDate(read.draft.story.events)],
    },
    ...eventBatches(read.draft.story.events, maxChars).map((batch): DraftReadMessage => ({
      type: 'events',
      batch,
    })),
  ];
}

/** Takes the messages in order; `add` returns the draft as read with the last one, else null. */
export function createDraftReadJoiner(): { add: (message: DraftReadMessage) => DraftRead | null } {
  let first: Draft | null = null;
  let joiner: ReturnType<typeof createStoryJoiner> | null = null;
  const done = (story: Draft['story'] | null): DraftRead | null =>
    first && story ? { status: 'ok', draft: { ...first, story } } : null;
  return {
    add: (m) => {
      if (m.type === 'read') {
        if (m.read.status !== 'ok') return m.read;
        first = m.read.draft;
        joiner = createStoryJoiner({ story: m.read.draft.story, count: m.count }, m.order);
        return done(joiner.start());
      }
      return joiner ? done(joiner.add(m.batch)) : null;
    },
  };
}
