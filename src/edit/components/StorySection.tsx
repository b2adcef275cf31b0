import { Field } from './Field';
import { useEditor } from './context';
import { StoryDatesFields } from './StoryDatesFields';

/** The story's headline, dek, credit and language; its dates and corrections. */
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
      <Field
        path="language"
        label="Language"
        help="The language the story is written in, as a code: en, de, fr, pt-BR. Empty means English. Embeds show the page in it, and its dates follow it."
        value={story.language ?? ''}
        onChange={(v) =>
          edit('language', (s) => {
            const { language: _old, ...rest } = s;
            void _old;
            return v.trim() ? { ...rest, language: v.trim() } : rest;
          })
        }
      />
      <StoryDatesFields />
    </section>
  );
}
