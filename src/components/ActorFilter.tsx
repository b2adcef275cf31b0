import { useId, useState } from 'react';
import { useTimeline, useTimelineStore } from '../store';
import { selectVisibleEvents } from '../store/selectors';
import { shapePath, type Shape } from '../timeline/shapes';
import { usePopover } from '../hooks/usePopover';
import { t } from '../i18n/catalog';

/** "Actors: all 14" or "Actors: 3 of 14": the filter's state, always in view on its button. */
export function actorSummary(on: number, total: number): string {
  return on === total ? t('actors.all', { n: total }) : t('actors.some', { on, n: total });
}

/** "Actors (14)" or "Actors (3/14)": the same, where the row has no room for the long words. */
function actorSummaryShort(on: number, total: number): string {
  return on === total
    ? t('actors.allShort', { n: total })
    : t('actors.someShort', { on, n: total });
}

/**
 * One button on the toolbar; its popover holds a checkbox per actor, grouped by colour group
 * (the filter doubles as the legend), and the swimlane switch.
 */
export function ActorFilter({
  colors,
  textColors,
  short = false,
}: {
  colors: Map<string, string>;
  textColors: Map<string, string>;
  /** The button's short words, where the toolbar's row has no room for the long ones. */
  short?: boolean;
}) {
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const active = useTimeline((s) => s.activeActors);
  const lanes = useTimeline((s) => s.lanes);
  const shown = useTimeline(selectVisibleEvents).length;
  const { open, setOpen, wrapRef, buttonRef, onKeyDown } = usePopover();
  const panelId = useId();
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  const isOn = (id: string) => !active || active.includes(id);
  const total = index.story.actors.length;
  const onCount = active ? active.length : total;
  // One actor is no choice: no menu to say "all 1".
  if (total <= 1) return null;
  return (
    <div className="popover-wrap" ref={wrapRef} onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={buttonRef}
        className={`actors-button${onCount < total ? ' is-filtered' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {(short ? actorSummaryShort : actorSummary)(onCount, total)}{' '}
        <span aria-hidden="true">▾</span>
      </button>
      {/* Drawn when first opened: a story with many actors would otherwise build its whole
          legend (a checkbox, a swatch and two buttons each) on the way to the first mark. */}
      <div id={panelId} className="popover filter" hidden={!open}>
        {opened && (
          <fieldset>
            <legend className="filter-legend">
              {t('actors.legend')}{' '}
              <span className="filter-status">
                {t('actors.shown', { shown, n: index.events.length })}
              </span>
            </legend>
            <div className="filter-bulk">
              <button type="button" onClick={() => store.getState().showAllActors()}>
                {t('actors.allButton')}
              </button>
              <button type="button" onClick={() => store.getState().showNoActors()}>
                {t('actors.none')}
              </button>
            </div>
            {index.story.groups.map((g) => {
              const actors = index.story.actors.filter((a) => a.group === g.id);
              if (actors.length === 0) return null;
              return (
                <div key={g.id} className="filter-group">
                  <span className="filter-group-label" style={{ color: textColors.get(g.id) }}>
                    {g.label}
                  </span>
                  <ul>
                    {actors.map((a) => (
                      <li key={a.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={isOn(a.id)}
                            onChange={() => store.getState().toggleActor(a.id)}
                          />
                          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
                            <path
                              d={shapePath((index.shapeOf.get(a.id) ?? 'circle') as Shape, 5.5)}
                              fill={colors.get(g.id)}
                            />
                          </svg>
                          <span>{a.name}</span>
                          <span className="count">
                            {' '}
                            {index.countByActor.get(a.id) ?? 0}
                            <span className="visually-hidden">
                              {' '}
                              {t('actors.events', { n: index.countByActor.get(a.id) ?? 0 })}
                            </span>
                          </span>
                        </label>
                        <button
                          type="button"
                          className="only"
                          onClick={() => store.getState().showOnlyActor(a.id)}
                          aria-label={t('actors.onlyLabel', { name: a.name })}
                        >
                          {t('actors.only')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </fieldset>
        )}
        {opened && (
          <label className="lanes-toggle">
            <input
              type="checkbox"
              checked={lanes}
              onChange={(e) => store.getState().setLanes(e.target.checked)}
            />
            {t('actors.lanes')}
          </label>
        )}
      </div>
    </div>
  );
}
