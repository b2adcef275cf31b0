import { firstView } from '../english/firstView';
import { later } from '../english/later';

/**
 * The interface in English: the reference catalog. Every other catalog has exactly these keys
 * (tests/i18n/catalogs.test.ts); `{name}` is filled in by `t()`, and a message that counts
 * something gives a form per plural category (`one`, `other`; other languages need more).
 * Kept in two parts so the first view downloads only the words it shows: the page itself reads
 * `firstView`, and `later` with the code that needs it (`../englishLater.ts`).
 */
export const en = { ...firstView, ...later } as const;

export type MessageKey = keyof typeof en;
