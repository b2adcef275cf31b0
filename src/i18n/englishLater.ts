import { addEnglish } from './catalog';
import { later } from './english/later';

// Imported by every module that uses a word of `later` (tests/i18n/englishLater.test.ts): the
// words arrive with the code that shows them, and are in the catalog before it runs.
addEnglish(later);
