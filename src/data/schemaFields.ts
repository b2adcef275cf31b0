// The building blocks of the story schema (schema.ts): days, months, ids, texts, and the words we
// write ourselves, which may come in several languages.
import './zodConfig';
import { z } from 'zod';
import {
  DAY_OR_TIME_PATTERN,
  DAY_PATTERN,
  DAY_TIME_PATTERN,
  LANG_TAG_PATTERN,
  MONTH_PATTERN,
  YEAR_PATTERN,
} from './patterns';
import { textControlProblem } from './textControls';
import { hasSomeLanguage } from './someLanguage';

/** A calendar day, `YYYY-MM-DD`; impossible days (2026-02-30) are caught by `validate.ts`. */
export const Day = z.string().regex(DAY_PATTERN, 'expected a date as YYYY-MM-DD');
/** A minute of a day, `YYYY-MM-DDTHH:MM`, on the story's clock; impossible ones are caught as days are. */
export const DayTime = z
  .string()
  .regex(DAY_TIME_PATTERN, 'expected a time as YYYY-MM-DDTHH:MM (24-hour clock)');
/** Either end of a range: a day, or a minute of one. */
export const DayOrTime = z
  .string()
  .regex(DAY_OR_TIME_PATTERN, 'expected a date as YYYY-MM-DD or a time as YYYY-MM-DDTHH:MM');
/** A calendar year, `YYYY`. */
export const Year = z.string().regex(YEAR_PATTERN, 'expected a year as YYYY');
/** A calendar month, `YYYY-MM`. */
export const Month = z.string().regex(MONTH_PATTERN, 'expected a month as YYYY-MM');
export const Id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and hyphens');
/**
 * Refuses a text with characters that reorder or hide it, saying which and where. Named, so
 * that the generated check (src/cli/storyCheckSource.ts) knows it for `textControlProblem`.
 */
export const reportTextControls = (ctx: z.core.ParsePayload<string>): void => {
  const problem = textControlProblem(ctx.value);
  if (problem)
    ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: true });
};
/** A text shown to readers: trimmed, not empty, no characters that reorder or hide text. */
export const Text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max).check(reportTextControls);
/** A BCP 47 language tag as stories use them: `en`, `de`, `pt-BR`, `zh-Hans`. */
export const LangTag = z
  .string()
  .regex(LANG_TAG_PATTERN, 'expected a language code such as en, de or pt-BR');
/** Every `Local` field's schema, so code can find our own words from the schema (`textSlots.ts`). */
const LOCAL_TEXTS = new WeakSet<z.ZodType>();
export const isLocalText = (schema: z.ZodType): boolean => LOCAL_TEXTS.has(schema);
/**
 * Words we write ourselves: one string in the story's `language`, or one per language
 * (`{"en": "…", "de": "…"}`), the story's language among them (`validate.ts` checks). The app
 * resolves them to the reader's language when the story loads (`localText.ts`).
 */
export const Local = (max: number) => {
  const local = z.union([
    Text(max),
    z
      .record(LangTag, Text(max))
      .refine(hasSomeLanguage, 'give the text in at least one language')
      .brand<'LocalText'>(),
  ]);
  LOCAL_TEXTS.add(local);
  return local;
};
/** A text in several languages, as the file holds it. */
export type LocalMap = Extract<z.infer<ReturnType<typeof Local>>, object>;
/** The story as the app reads it: every text we write resolved to one language. */
export type Resolved<T> = T extends LocalMap
  ? string
  : T extends readonly (infer U)[]
    ? Resolved<U>[]
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;
