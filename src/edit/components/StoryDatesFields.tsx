import { Field } from './Field';
import { ListFieldset } from './ListFieldset';
import { words } from '../words';

const w = words.storyDates;

/** When the story was published and last updated, and its corrections. */
export function StoryDatesFields() {
  return (
    <>
      <Field path="published" label={w.published} placeholder={w.day} help={w.day} empty="omit" />
      <Field
        path="updated"
        label={w.updated}
        placeholder={w.day}
        help={w.updatedHelp}
        empty="omit"
      />
      {/* A new correction starts without a date: the checks ask for it rather than guessing. */}
      <ListFieldset
        path="corrections"
        optional
        legend={w.corrections}
        blank={() => ({ date: '', text: '' })}
        itemLegend={(c) => w.correction(c.index + 1)}
        removeLabel={(c) => w.removeCorrection(c.index + 1)}
        addLabel={w.addCorrection}
      >
        {(c) => (
          <>
            <Field path={`${c.path}.date`} label={w.date} placeholder={w.day} help={w.day} />
            <Field path={`${c.path}.text`} label={w.corrected} rows={2} />
          </>
        )}
      </ListFieldset>
    </>
  );
}
