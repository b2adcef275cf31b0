import type { SliceCreator } from './slice';
import { DAY_MS } from '../../timeline/warp';

/** Where the reader is in the guided story, if anywhere. */
export interface StoryData {
  /** The step of the guided story being shown (0-based), or null when exploring freely. */
  storyStep: number | null;
}

export interface StoryActions {
  /** Enters the guided story at a step (clamped), or leaves it with null, keeping the view. */
  goToStep: (step: number | null) => void;
}

export type StorySlice = StoryData & StoryActions;

export const createStorySlice: SliceCreator<StorySlice> = (set, get) => ({
  storyStep: null,
  goToStep: (step) => {
    const s = get();
    const steps = s.index.story.steps ?? [];
    if (step === null || steps.length === 0) {
      set({ storyStep: null });
      return;
    }
    const i = Math.min(steps.length - 1, Math.max(0, Math.round(step)));
    const target = steps[i];
    const span = target ? s.index.spans.get(target.event) : undefined;
    set({
      storyStep: i,
      selectedId: target?.event ?? null,
      focusedId: target?.event ?? s.focusedId,
    });
    if (span) {
      // Centre the step's event with room around it: about six weeks, or the span itself.
      const pad = Math.max(21 * DAY_MS, (span.endMs - span.startMs) * 0.25);
      s.showDomain(span.startMs - pad, span.endMs + pad);
    }
  },
});
