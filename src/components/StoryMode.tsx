import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { t } from '../i18n/catalog';
import { revealChosen } from '../hooks/useKeepScroll';
import '../i18n/englishLater';

// One shared empty list: a new [] per read would make the store look changed on every render.
const NO_STEPS: never[] = [];

/**
 * The guided walk: a caption per step, Next / Previous (and the arrow keys), progress,
 * and a way back to free exploration that keeps the current view.
 */
export function StoryMode() {
  const store = useTimelineStore();
  const step = useTimeline((s) => s.storyStep);
  const steps = useTimeline((s) => s.index.story.steps) ?? NO_STEPS;
  const index = useTimeline((s) => s.index);
  const panelRef = useRef<HTMLElement>(null);
  const entered = step !== null;
  useEffect(() => {
    if (entered) panelRef.current?.focus({ preventScroll: true });
  }, [entered]);
  // The panel loads after the step's first choice: once it is there (sticky on a phone), the
  // chosen mark goes below it.
  const chosen = useTimeline((s) => s.selectedId);
  useLayoutEffect(() => {
    const rail = document.querySelector('.timeline-svg--vertical');
    if (entered && chosen && rail) revealChosen(rail, chosen);
  }, [entered, chosen]);
  if (step === null) return null;
  const current = steps[step];
  if (!current) return null;
  const event = index.eventById.get(current.event);
  const go = (n: number) => store.getState().goToStep(n);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' ')) return;
    // Right to left, the next step is to the left, where the arrow on "Next" points.
    const forward = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward) go(step + 1);
    else if (e.key === back) go(step - 1);
    else if (e.key === 'Escape') store.getState().goToStep(null);
    else return;
    e.preventDefault();
  };
  return (
    <section
      className="story-mode"
      aria-label={t('story.label')}
      tabIndex={-1}
      ref={panelRef}
      onKeyDown={onKeyDown}
    >
      <p className="story-progress" aria-live="polite">
        {t('story.progress', { step: step + 1, n: steps.length })}
        {event ? <span className="visually-hidden">: {event.title}</span> : null}
      </p>
      {/* Every caption in one cell, the others hidden: the panel is as tall as the longest, so
          "Next" and the timeline under the panel stay where they are from step to step. */}
      <div className="story-captions">
        {steps.map((s, i) => (
          <p key={i} className={i === step ? 'story-caption' : 'story-caption is-spare'}>
            {s.caption}
          </p>
        ))}
      </div>
      <div className="story-nav">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
          {t('story.previous')}
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={step === steps.length - 1}>
          {t('story.next')}
        </button>
        <button type="button" className="linklike" onClick={() => store.getState().goToStep(null)}>
          {t('story.explore')}
        </button>
      </div>
    </section>
  );
}
