import { Field } from './Field';
import { useEditor } from './context';

/** The story's headline, dek and credit. */
export function StorySection() {
  const story = useEditor((s) => s.history.present.story);
  const edit = useEditor((s) => s.edit);
  return (
    <section className="ed-section" aria-labelledby="ed-story-heading">
      <h2 id="ed-story-heading">Story</h2>
      <Field
        path="title"
        label="Headline"
        value={story.title}
        onChange={(v) => edit('title', (s) => ({ ...s, title: v }))}
        required
      />
      <Field
        path="dek"
        label="Dek"
        rows={2}
        help="One or two sentences under the headline."
        value={story.dek}
        onChange={(v) => edit('dek', (s) => ({ ...s, dek: v }))}
        required
      />
      <Field
        path="credit"
        label="Credit"
        help="Who compiled it, from what. Shown at the foot of the timeline."
        value={story.credit}
        onChange={(v) => edit('credit', (s) => ({ ...s, credit: v }))}
        required
      />
    </section>
  );
}
