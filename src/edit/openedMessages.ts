import type { Story } from '../data/schema';
import type { Opened } from './openFile';
import { createStoryJoiner, eventBatches, storyHead } from './storyPieces';
import type { DraftWritten } from './draftWrite';
import { byDate } from './ops';

/** A new draft for the opening worker to save, as `newDraft` makes it (`drafts.ts`). */
export interface DraftToSave {
  id: string;
  /** The draft's name, unless the file names one (a draft saved as a file). */
  name: string;
  updatedAt: number;
  /** The list of drafts as the page holds it, to add this one to. */
  index: string | null;
}

/** What the page asks the opening worker. */
export interface OpenRequest {
  file: File;
  save?: DraftToSave;
}

/**
 * What the opening worker (`openWorker.ts`) posts: the opened file without its events, then the
 * events' texts in batches (`storyPieces.ts`), so the page takes a 50,000-event story in tasks
 * of milliseconds rather than one of seconds.
 */
export type OpenMessage =
  | { type: 'opened'; opened: Opened; count: number; order?: number[] }
  | { type: 'events'; batch: string[] }
  | { type: 'saved'; written: DraftWritten };

export function openedMessages(opened: Opened, maxChars?: number): OpenMessage[] {
  if (!opened.ok) return [{ type: 'opened', opened, count: 0 }];
  const head = storyHead(opened.story);
  return [
    {
      type: 'opened',
      opened: { ...opened, story: head.story },
      count: head.count,
      // Sorted here, off the page's thread: the events table's first render needs it.
      order: [...byDate(opened.story.events)],
    },
    ...eventBatches(opened.story.events, maxChars).map((batch): OpenMessage => ({
      type: 'events',
      batch,
    })),
  ];
}

/** Takes the messages in order; `add` returns the opened file with the last one, else null. */
export function createOpenedJoiner(): { add: (message: OpenMessage) => Opened | null } {
  let first: Extract<Opened, { ok: true }> | null = null;
  let joiner: ReturnType<typeof createStoryJoiner> | null = null;
  const done = (story: Story | null): Opened | null =>
    first && story ? { ...first, story } : null;
  return {
    add: (m) => {
      if (m.type === 'opened') {
        if (!m.opened.ok) return m.opened;
        first = m.opened;
        joiner = createStoryJoiner({ story: m.opened.story, count: m.count }, m.order);
        return done(joiner.start());
      }
      if (m.type === 'saved') return null;
      return joiner ? done(joiner.add(m.batch)) : null;
    },
  };
}
