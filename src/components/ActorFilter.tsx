import { useTimeline, useTimelineStore } from '../store';
import { selectVisibleEvents } from '../store/selectors';
import { shapePath, type Shape } from '../timeline/shapes';

/** One checkbox per actor, grouped by colour group: the filter doubles as the legend. */
export function ActorFilter({
  colors,
  textColors,
  defaultOpen,
}: {
  colors: Map<string, string>;
  textColors: Map<string, string>;
  defaultOpen: boolean;
}) {
  const store = useTimelineStore();
  const index = useTimeline((s) => s.index);
  const active = useTimeline((s) => s.activeActors);
  const shown = useTimeline(selectVisibleEvents).length;
  const isOn = (id: string) => !active || active.includes(id);
  const onCount = active ? active.length : index.story.actors.length;
  return (
    <details className="filter" open={defaultOpen}>
      <summary>
        Filter by actor{' '}
        <span className="filter-status">
          · {onCount} of {index.story.actors.length} actors, {shown} of {index.events.length} events
        </span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">Filter by actor</legend>
        <div className="filter-bulk">
          <button type="button" onClick={() => store.getState().showAllActors()}>
            All
          </button>
          <button type="button" onClick={() => store.getState().showNoActors()}>
            None
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
                      <span
                        className="count"
                        aria-label={`${index.countByActor.get(a.id) ?? 0} events`}
                      >
                        {index.countByActor.get(a.id) ?? 0}
                      </span>
                    </label>
                    <button
                      type="button"
                      className="only"
                      onClick={() => store.getState().showOnlyActor(a.id)}
                      aria-label={`Only ${a.name}`}
                    >
                      only
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
