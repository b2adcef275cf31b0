import type { Figure } from '../data/schema';
import { useTimeline } from '../store';
import { formatFigure } from '../timeline/figures';

/** The numbers the documents give, with "over", "about" and "not disclosed" kept. */
export function Figures({ figures }: { figures: Figure[] }) {
  const index = useTimeline((s) => s.index);
  return (
    <dl className="figures">
      {figures.map((f) => (
        <div key={`${f.actor}-${f.metric}`}>
          <dt>
            {index.actorById.get(f.actor)?.name ?? f.actor}, {f.metric}
          </dt>
          <dd className={f.value === null ? 'muted' : undefined}>{formatFigure(f)}</dd>
        </div>
      ))}
    </dl>
  );
}
