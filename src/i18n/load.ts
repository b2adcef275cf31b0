import type { Catalog } from './catalog';
import { en } from './messages/en';
import type { Lang } from './languages';

// One chunk per language, fetched only when it is chosen; English is in the first view.
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

/** The catalog for `lang`. */
export async function loadCatalog(lang: Lang): Promise<Catalog> {
  return lang === 'en' ? en : (await LOADERS[lang]()).default;
}
