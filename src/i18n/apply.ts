import { setLanguage } from './catalog';
import { loadCatalog } from './load';
import { dirOf, htmlLang, isLang } from './languages';

/**
 * Makes `code` the page's language: its catalog (English where the interface has none), and
 * `<html lang dir>`. Resolves once the catalog has arrived.
 */
export async function applyLanguage(code: string, doc: Document = document): Promise<void> {
  const lang = isLang(code) ? code : 'en';
  setLanguage(lang, await loadCatalog(lang));
  doc.documentElement.lang = htmlLang(lang);
  doc.documentElement.dir = dirOf(lang);
}
