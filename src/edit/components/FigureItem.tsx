import { FigureSchema } from '../../data/schema';
import { Field } from './Field';
import { SourceSelect } from './CitationsFields';
import { ChoiceField } from './ChoiceField';
import { ValueField } from './ValueField';
import { useEditor } from './context';
import { words } from '../words';

const w = words.figures;
const QUALIFIERS = FigureSchema.shape.qualifier.options;
const METRICS = FigureSchema.shape.metric.options;

/** One figure's fields: what is counted, whose number, the value, and the quote giving it. */
export function FigureItem({ path }: { path: string }) {
  const actors = useEditor((s) => s.history.present.story.actors);
  return (
    <>
      <ChoiceField
        path={`${path}.metric`}
        label={w.metric}
        options={METRICS.map((m) => ({ value: m, label: w.metrics[m] }))}
      />
      <ChoiceField
        path={`${path}.actor`}
        label={w.actor}
        options={actors.map((a) => ({ value: a.id, label: a.name || a.id }))}
      />
      <ValueField path={`${path}.value`} />
      <ChoiceField
        path={`${path}.qualifier`}
        label={w.qualifier}
        options={QUALIFIERS.map((q) => ({ value: q, label: w.qualifiers[q] }))}
      />
      <SourceSelect path={`${path}.citation.source`} label={w.source} />
      <Field path={`${path}.citation.quote`} label={w.quote} help={w.quoteHelp} rows={2} />
    </>
  );
}
