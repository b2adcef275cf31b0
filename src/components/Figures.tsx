import type { Figure } from '../data/schema';
import { useTimeline } from '../store';
import { figureLines, formatFigures } from '../timeline/figures';
import { t } from '../i18n/catalog';

/**
 * The numbers the documents give, with "over", "roughly", "nearly" and "not disclosed" kept:
 * one line per actor and metric, and each document's word where they differ.
 */
export function Figures({ figures }: { figures: Figure[] }) {
  const index = useTimeline((s) => s.index);
  return (
    <dl className="figures">
      {figureLines(figures).map((line) => (
        <div key={line.key}>
          <dt>
            {index.actorById.get(line.actor)?.name ?? line.actor}, {t(`figure.${line.metric}`)}
          </dt>
          <dd className={line.figures.every((f) => f.value === null) ? 'muted' : undefined}>
            {formatFigures(line.figures)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
