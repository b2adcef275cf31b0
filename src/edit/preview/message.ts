import type { Story } from '../../data/schema';

/** What the editor sends its preview frame: the story to draw and the view (`?event=…&embed=1`). */
export interface PreviewMessage {
  type: 'story';
  story: Story;
  search: string;
  /** The language to draw it in (the story is already resolved to it): the interface follows. */
  lang: string;
}

export function isPreviewMessage(v: unknown): v is PreviewMessage {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as PreviewMessage).type === 'story' &&
    typeof (v as PreviewMessage).search === 'string' &&
    typeof (v as PreviewMessage).lang === 'string' &&
    typeof (v as PreviewMessage).story === 'object'
  );
}
