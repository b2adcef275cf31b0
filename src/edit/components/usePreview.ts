import { useMemo } from 'react';
import type { Story } from '../../data/schema';
import { changedEvents } from '../changedEvents';
import { patchPreview } from '../eventChecks';
import { previewStory, type Previewable } from '../previewStory';
import type { Translations } from '../translations';
import { useSettledJob } from './useSettledJob';
import { BIG_STORY } from '../bigStory';
import { words } from '../words';

const WAITING: Previewable = {
  ok: false,
  issues: [{ file: 'story.json', path: '(story)', message: words.preview.checking }],
};

/**
 * What the preview draws: for a small story `previewStory` on each change; for a big one the
 * worker's, brought up to date event by event as they are typed in (`patchPreview`), so the
 * preview follows typing without checking every event again.
 */
export function usePreview(story: Story, translations: Translations, lang: string): Previewable {
  const big = story.events.length >= BIG_STORY;
  const now = useMemo(
    () => (big ? null : previewStory(story, translations, lang)),
    [big, story, translations, lang],
  );
  const done = useSettledJob(big, { story, translations, lang }, (inputs) => ({
    kind: 'preview',
    ...inputs,
  }));
  const patched = useMemo(() => {
    if (!done || done.result.kind !== 'preview') return WAITING;
    const { inputs, result } = done;
    const changed =
      inputs.translations === translations && inputs.lang === lang
        ? changedEvents(inputs.story, story)
        : null;
    if (changed === null) return result.preview;
    return patchPreview(result.preview, inputs.story, story, changed, translations, lang);
  }, [done, story, translations, lang]);
  return now ?? patched;
}
