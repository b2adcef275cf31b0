import { Field } from './Field';
import { StoryDatesFields } from './StoryDatesFields';
import { words } from '../words';

const w = words.story;

/** The story's headline, dek, credit and language; its dates and corrections. */
export function StorySection() {
  return (
    <section className="ed-section" aria-labelledby="ed-story-heading">
      <h2 id="ed-story-heading">{w.heading}</h2>
      <Field path="title" label={w.title} required />
      <Field path="dek" label={w.dek} rows={2} help={w.dekHelp} required />
      <Field path="credit" label={w.credit} help={w.creditHelp} required />
      <Field
        path="language"
        label={w.language}
        help={w.languageHelp}
        parse={(v) => v.trim() || undefined}
      />
      <StoryDatesFields />
    </section>
  );
}
