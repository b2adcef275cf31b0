// Its own file because both the zod schema (schemaFields.ts) and the check generated from it
// (storyCheck.ts, which must not pull zod or the reader's text helpers into the loader) use it.

/** Whether a text map gives the text in any language at all (the schema refuses `{}`). */
export const hasSomeLanguage = (map: object): boolean => Object.keys(map).length > 0;
