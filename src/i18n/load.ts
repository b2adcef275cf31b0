import { englishSoFar, type Catalog } from './catalog';
import type { Lang } from './languages';

// One chunk per language, fetched only when it is chosen; English's first-view words are in the
// first view, its others come with the code that shows them (englishLater.ts).
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Catalog }>> = {
  de: () => import('./messages/de'),
  fr: () => import('./messages/fr'),
  es: () => import('./messages/es'),
  pt: () => import('./messages/pt'),
  ar: () => import('./messages/ar'),
  zh: () => import('./messages/zh'),
  'zh-Hant': () => import('./messages/zh-Hant'),
  ja: () => import('./messages/ja'),
};

/** The catalog for `lang` (English: as far as the page has loaded it). */
export async function loadCatalog(lang: Lang): Promise<Partial<Catalog>> {
  return lang === 'en' ? englishSoFar() : (await LOADERS[lang]()).default;
}
