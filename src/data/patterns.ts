// The shapes of a day, a month and a language tag, written once. The schema (schema.ts) checks
// them; code that must not load zod, as the first view does not, reads them from here: parsing
// days, hinting at a date's precision, telling a text in several languages from other objects.
// None has the g or y flag, so one RegExp can be shared: `test` keeps no state between calls.

/** A calendar day, `YYYY-MM-DD`; whether the day exists is `parseDay`'s question. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A minute of a calendar day, `YYYY-MM-DDTHH:MM`, on the story's clock (its `timeZone`). */
export const DAY_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Either: a range's ends may be days or minutes. */
export const DAY_OR_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** A calendar year, `YYYY`. */
export const YEAR_PATTERN = /^\d{4}$/;

/** A calendar month, `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-\d{2}$/;

/** A BCP 47 language tag as stories use them: `en`, `de`, `pt-BR`, `zh-Hans`. */
export const LANG_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
