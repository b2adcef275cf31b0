import type { Story } from '../../data/schema';
import { eventBatches, storyHead, type StoryHead } from '../storyPieces';

/**
 * What the editor sends its preview frame: the story to draw, as its head and its events' JSON
 * texts in batches (`storyPieces.ts`: copied, not walked, on the editor's thread, which the
 * same-origin frame shares), and the view (`?event=…&embed=1`).
 */
export interface PreviewMessage {
  type: 'story';
  head: StoryHead;
  batches: string[][];
  search: string;
  /** The language to draw it in (the story is already resolved to it): the interface follows. */
  lang: string;
}

export function previewMessage(story: Story, search: string, lang: string): PreviewMessage {
  return {
    type: 'story',
    head: storyHead(story),
    batches: eventBatches(story.events),
    search,
    lang,
  };
}

export function isPreviewMessage(v: unknown): v is PreviewMessage {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as PreviewMessage;
  return (
    m.type === 'story' &&
    typeof m.search === 'string' &&
    typeof m.lang === 'string' &&
    typeof m.head === 'object' &&
    m.head !== null &&
    typeof m.head.story === 'object' &&
    typeof m.head.count === 'number' &&
    Array.isArray(m.batches) &&
    m.batches.every((b) => Array.isArray(b) && b.every((t) => typeof t === 'string'))
  );
}

/**
 * Whether two messages draw the same: a big story's whole preview, come back from its worker
 * after typing paused, usually equals the one patched event by event meanwhile, and the frame
 * need not draw 5,000 events again for it.
 */
export function samePreview(a: PreviewMessage, b: PreviewMessage): boolean {
  if (a.search !== b.search || a.lang !== b.lang || a.head.count !== b.head.count) return false;
  const as = a.batches.flat();
  const bs = b.batches.flat();
  return (
    as.length === bs.length &&
    as.every((t, i) => t === bs[i]) &&
    JSON.stringify(a.head.story) === JSON.stringify(b.head.story)
  );
}
