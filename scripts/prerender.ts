// Draws the bundled story's page into dist/index.html after `vite build`, so its first paint
// shows the timeline before any script has run. The app replaces it on its first render;
// public/boot.js hides it for pages it does not match (?data=, embeds, any view in the URL).
import './productionReact';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseStory } from '../src/data/validate';
import { formatIssue } from '../src/data/issues';
import { escapeForTerminal } from '../src/data/terminalText';
import { prerenderedRoot } from '../src/server/renderPage';
import { drawIntoPage } from '../src/server/storyPage';
import { resolveStory, storyLanguage, storyLanguages } from '../src/data/localText';

const file = 'data/story.json';
const html = 'dist/index.html';
const result = parseStory(readFileSync(file, 'utf8'), file);
if (!result.ok) {
  const lines = result.issues.map((i) => escapeForTerminal(formatIssue(i)));
  console.error(`Invalid story:\n${lines.join('\n')}`);
  process.exit(1);
}
const page = readFileSync(html, 'utf8');
const marker = '<div id="root"></div>';
if (!page.includes(marker)) {
  console.error(`${html}: no empty ${marker} to draw into`);
  process.exit(1);
}
const t0 = performance.now();
// The picture is the story in its own language (boot.js hides it for any other); the JSON keeps
// every language, for the app to resolve.
const root = prerenderedRoot(
  resolveStory(result.data, storyLanguage(result.data)),
  storyLanguages(result.data),
);
// The story travels in the page as JSON beside the picture, data rather than code.
let out = drawIntoPage(page, root, result.data);
// The stylesheet goes inline: a separate request would hold the first paint back until it
// arrives. `data-from` names the file, so the weight budget still counts it as first view.
const link = /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/.exec(out);
if (link?.[1]) {
  const css = readFileSync(`dist/${link[1]}`, 'utf8').replace(/<\/style/gi, '<\\/style');
  out = out.replace(link[0], () => `<style data-from="./${link[1]}">${css}</style>`);
}
// The page is the story in its own language: its <html lang>, title, description, og tags and
// oEmbed link are in it, which is what a crawler or a link preview (neither runs script) gets.
// The story's other languages are the same page with ?lang=: named as alternates, so a crawler
// that follows them finds the German story, and a preview knows the page's own locale. The
// interface's other languages are not alternates: the story is not written in them.
const own = storyLanguage(result.data);
const ogLocale = (lang: string) => {
  const l = new Intl.Locale(lang === 'en' ? 'en-GB' : lang).maximize();
  return `${l.language}_${l.region ?? ''}`;
};
const others = storyLanguages(result.data).filter((l) => l !== own);
const heads = [
  `<meta property="og:locale" content="${ogLocale(own)}" />`,
  ...others.map((l) => `<meta property="og:locale:alternate" content="${ogLocale(l)}" />`),
  `<link rel="alternate" hreflang="${own}" href="./" />`,
  ...others.map((l) => `<link rel="alternate" hreflang="${l}" href="./?lang=${l}" />`),
  `<link rel="alternate" hreflang="x-default" href="./" />`,
];
if (!out.includes('<meta property="og:type"')) {
  console.error(`${html}: no og:type meta to put the page's languages after`);
  process.exit(1);
}
out = out.replace(/(<meta property="og:type"[^>]*>)/, (m) => `${m}\n    ${heads.join('\n    ')}`);
writeFileSync(html, out);
console.log(
  `prerender: ${html} +${(root.length / 1024).toFixed(1)} KB` +
    `${link ? `, ${link[1]} inlined` : ''} (${(performance.now() - t0).toFixed(0)} ms)`,
);
