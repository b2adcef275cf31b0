import type { MessageKey } from './messages/en';
import { firstView } from './english/firstView';
import { intlLocale, numberLocale, type Lang } from './languages';

/** A message, or one per plural category (`other` always) for messages counting something. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
/** A complete catalog: every key the English one has, and no other. */
export type Catalog = Record<MessageKey, Message>;

interface Active {
  lang: Lang;
  messages: Partial<Catalog>;
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
  list: Intl.ListFormat;
}

const make = (lang: Lang, messages: Partial<Catalog>): Active => ({
  lang,
  messages,
  plural: new Intl.PluralRules(intlLocale(lang)),
  number: new Intl.NumberFormat(numberLocale(lang)),
  list: new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }),
});

// English, as far as the page has loaded it: the first view's words, and the rest once the code
// that shows them has come (`addEnglish`). Every other catalog is loaded whole.
const english: Partial<Catalog> = { ...firstView };

/** Adds English words that came with the code showing them (englishLater.ts). */
export function addEnglish(words: Partial<Catalog>): void {
  Object.assign(english, words);
}

/** English as loaded so far: the catalog the page starts with. */
export const englishSoFar = (): Partial<Catalog> => english;

// One language at a time: chosen before the first render, and again from the language menu,
// which renders the story anew. Module state rather than a React context, so that pure
// formatting (dates, figures, gaps) reads it as the components do.
let active = make('en', english);
const listeners = new Set<() => void>();

/** Makes `lang` the interface's language, with its catalog (loaded by `loadCatalog`). */
export function setLanguage(lang: Lang, messages: Partial<Catalog>): void {
  active = make(lang, messages);
  for (const l of listeners) l();
}

export const activeLang = (): Lang => active.lang;

/** For `useSyncExternalStore`: re-renders when the language changes. */
export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A count in the reader's digits and grouping: "25,000", "25.000", "25 000". */
export const formatNumber = (n: number): string => active.number.format(n);

/** Names in a list as the reader's language joins them: "A, B and C", "A、B、C", "A وB وC". */
export const formatList = (items: readonly string[]): string => active.list.format(items);

/**
 * The message `key` in the active language, its `{name}` placeholders filled; numbers are
 * written in the language's own way. A plural message picks its form by `n`.
 */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  // A key no catalog loaded has (code that forgot englishLater.ts) shows as itself, not a crash.
  return fill(active, active.messages[key] ?? english[key] ?? key, vars);
}

function fill(a: Active, message: Message, vars?: Record<string, string | number>): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const n = vars?.n;
    const form = typeof n === 'number' ? a.plural.select(n) : 'other';
    text = message[form] ?? message.other;
  }
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : typeof v === 'number' ? a.number.format(v) : v;
  });
}
