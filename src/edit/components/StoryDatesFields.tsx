import { Field } from './Field';
import { useEditor } from './context';
import { removeAt, replaceAt, withList, withText } from '../ops';

const DAY = 'YYYY-MM-DD';

/** When the story was published and last updated, and its corrections. */
export function StoryDatesFields() {
  const story = useEditor((s) => s.history.present.story);
  const edit = useEditor((s) => s.edit);
  const corrections = story.corrections ?? [];
  // Adding or removing is a step of its own: the list's new length keeps two in a row apart.
  const listKey = (length: number) => `corrections#${length}`;
  return (
    <>
      <Field
        path="published"
        label="Published (optional)"
        placeholder={DAY}
        help={DAY}
        value={story.published ?? ''}
        onChange={(v) => edit('published', (s) => withText(s, 'published', v))}
      />
      <Field
        path="updated"
        label="Updated (optional)"
        placeholder={DAY}
        help={`${DAY}; on or after the day published, and the latest correction.`}
        value={story.updated ?? ''}
        onChange={(v) => edit('updated', (s) => withText(s, 'updated', v))}
      />
      <fieldset className="ed-group">
        <legend>Corrections</legend>
        {corrections.map((c, i) => (
          <fieldset key={i} className="ed-item">
            <legend>Correction {i + 1}</legend>
            <Field
              path={`corrections[${i}].date`}
              label="Date"
              placeholder={DAY}
              help={DAY}
              value={c.date}
              onChange={(date) =>
                edit(`corrections[${i}].date`, (s) =>
                  withList(
                    s,
                    'corrections',
                    replaceAt(s.corrections ?? [], i, (x) => ({ ...x, date })),
                  ),
                )
              }
            />
            <Field
              path={`corrections[${i}].text`}
              label="What was corrected"
              rows={2}
              value={c.text}
              onChange={(text) =>
                edit(`corrections[${i}].text`, (s) =>
                  withList(
                    s,
                    'corrections',
                    replaceAt(s.corrections ?? [], i, (x) => ({ ...x, text })),
                  ),
                )
              }
            />
            <button
              type="button"
              onClick={() =>
                edit(listKey(corrections.length - 1), (s) =>
                  withList(s, 'corrections', removeAt(s.corrections ?? [], i)),
                )
              }
            >
              Remove correction {i + 1}
            </button>
          </fieldset>
        ))}
        {/* A new correction starts without a date: the checks ask for it rather than guessing. */}
        <button
          type="button"
          onClick={() =>
            edit(listKey(corrections.length + 1), (s) =>
              withList(s, 'corrections', [...(s.corrections ?? []), { date: '', text: '' }]),
            )
          }
        >
          Add correction
        </button>
      </fieldset>
    </>
  );
}
