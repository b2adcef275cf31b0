import { useMemo } from 'react';
import type { Story } from '../../data/schema';
import { checkDraft, type DraftChecks, type ImageSites } from '../checks';
import { changedEvents } from '../changedEvents';
import { patchChecks, withByPath } from '../eventChecks';
import type { Translations } from '../translations';
import { useSettledJob } from './useSettledJob';
import { BIG_STORY } from '../bigStory';

const CHECKING: DraftChecks = { ...withByPath([], []), pending: true };

/**
 * The draft's problems. A small story is checked whole on each change; a big one whole in a
 * worker when typing pauses, and meanwhile each event typed in is checked on its own, so its
 * field's problems still follow every keystroke. `pending` while the whole check is behind.
 */
export function useDraftChecks(
  story: Story,
  texts: Record<string, string>,
  translations: Translations,
  sites?: ImageSites,
): DraftChecks {
  const big = story.events.length >= BIG_STORY;
  const now = useMemo(
    () => (big ? null : checkDraft(story, texts, translations, sites)),
    [big, story, texts, translations, sites],
  );
  const done = useSettledJob(big, { story, texts, translations }, (inputs) => ({
    kind: 'checks',
    ...inputs,
  }));
  const patched = useMemo(() => {
    if (!done || done.result.kind !== 'checks') return CHECKING;
    const base = withByPath(done.result.errors, done.result.warnings);
    const { inputs } = done;
    const changed =
      inputs.texts === texts && inputs.translations === translations
        ? changedEvents(inputs.story, story)
        : null;
    if (changed === null) return { ...base, pending: true };
    const checks = patchChecks(base, story, changed, texts, translations);
    return changed.length ? { ...checks, pending: true } : checks;
  }, [done, story, texts, translations]);
  return now ?? patched;
}
