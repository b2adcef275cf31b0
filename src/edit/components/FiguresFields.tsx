import type { Figure } from '../../data/schema';
import { FigureItem } from './FigureItem';
import { ListFieldset } from './ListFieldset';
import { useEditor } from './context';
import { words } from '../words';

const w = words.figures;

/** An event's figures: a number (or its absence) about an actor, with the words that give it. */
export function FiguresFields({ at }: { at: string }) {
  const firstActor = useEditor((s) => s.history.present.story.actors[0]?.id ?? '');
  const firstSource = useEditor((s) => s.history.present.story.sources[0]?.id ?? '');
  return (
    <ListFieldset<Figure>
      path={`${at}.figures`}
      optional
      legend={w.legend}
      help={w.help}
      // A new figure starts undisclosed: the one state that is valid without a number, so no 0
      // is ever written for the editor.
      blank={() => ({
        metric: 'exchanges',
        actor: firstActor,
        value: null,
        qualifier: 'not-disclosed',
        citation: { source: firstSource, quote: '' },
      })}
      itemLegend={(f) => w.figure(f.index + 1)}
      removeLabel={(f) => w.remove(f.index + 1)}
      addLabel={w.add}
    >
      {(f) => <FigureItem path={f.path} />}
    </ListFieldset>
  );
}
