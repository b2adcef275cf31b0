// The embed pictures as PNGs: resvg (@resvg/resvg-js: prebuilt binaries, no browser, no system
// fonts: the fonts below are passed in, so every machine draws the same pixels), else Chromium
// if /usr/bin/chromium is there, else none.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Font files for the PNGs, from npm packages (SIL Open Font License; build time only). */
function fontFiles(): string[] {
  const dir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
  const sans = dir('@expo-google-fonts/source-sans-3');
  const serif = dir('@expo-google-fonts/source-serif-4');
  return [
    join(sans, '400Regular/SourceSans3_400Regular.ttf'),
    join(sans, '400Regular_Italic/SourceSans3_400Regular_Italic.ttf'),
    join(sans, '600SemiBold/SourceSans3_600SemiBold.ttf'),
    join(sans, '700Bold/SourceSans3_700Bold.ttf'),
    join(serif, '700Bold/SourceSerif4_700Bold.ttf'),
  ];
}

type Rasterise = (svg: string, widthPx: number) => Promise<Buffer>;

/** resvg with our fonts only, so a machine with no fonts (or other ones) draws the same. */
async function resvgRasteriser(): Promise<Rasterise> {
  const { Resvg } = await import('@resvg/resvg-js');
  const files = fontFiles();
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`font files missing: ${missing.join(', ')}`);
  const font = {
    loadSystemFonts: false,
    fontFiles: files,
    defaultFontFamily: 'Source Sans 3',
    sansSerifFamily: 'Source Sans 3',
    serifFamily: 'Source Serif 4',
  };
  return async (svg, widthPx) =>
    new Resvg(svg, { font, fitTo: { mode: 'width', value: widthPx } }).render().asPng();
}

/** Chromium, when resvg cannot load here: the same fonts, as @font-face from the same files. */
async function chromiumRasteriser(): Promise<{ draw: Rasterise; close: () => Promise<void> }> {
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../chromium.mjs');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const faces = fontFiles()
    .map((f) => {
      const [family, style] = f.includes('Serif')
        ? ['Source Serif 4', 'normal']
        : ['Source Sans 3', f.includes('Italic') ? 'italic' : 'normal'];
      const weight = /_(\d00)/.exec(f)?.[1] ?? '400';
      const data = readFileSync(f).toString('base64');
      return `@font-face{font-family:'${family}';font-style:${style};font-weight:${weight};src:url(data:font/ttf;base64,${data})}`;
    })
    .join('');
  return {
    draw: async (svg, widthPx) => {
      const doc = svg.replace(/^<\?xml[^>]*>\s*/, '');
      const heightPx = Number(/height="(\d+)"/.exec(doc)?.[1] ?? 0);
      const page = await browser.newPage({ viewport: { width: widthPx, height: heightPx } });
      await page.setContent(
        `<style>${faces}html,body{margin:0}svg{display:block}</style>${doc.replace(/<svg([^>]*) width="\d+" height="\d+"/, `<svg$1 width="${widthPx}" height="${heightPx}"`)}`,
      );
      await page.evaluate(() => document.fonts.ready);
      const png = await page.screenshot({ clip: { x: 0, y: 0, width: widthPx, height: heightPx } });
      await page.close();
      return png;
    },
    close: () => browser.close(),
  };
}

/** The first way to draw PNGs that works here: resvg, else Chromium, else none. */
/** The first way to draw PNGs that works here: resvg, else Chromium, else none. */
export async function pickRasteriser(): Promise<{
  name: string;
  draw: Rasterise;
  close: () => Promise<void>;
} | null> {
  // EMBED_IMAGES_RASTERISER=chromium or =none tries the fallbacks on a machine that has resvg.
  const wanted = process.env.EMBED_IMAGES_RASTERISER;
  const why = (e: unknown) => (e instanceof Error ? e.message : String(e));
  if (wanted !== 'chromium' && wanted !== 'none') {
    try {
      return { name: 'resvg', draw: await resvgRasteriser(), close: async () => {} };
    } catch (e) {
      console.warn(`embed-images: resvg is not usable here (${why(e)})`);
    }
  }
  if (wanted !== 'none') {
    try {
      return { name: 'Chromium', ...(await chromiumRasteriser()) };
    } catch (e) {
      console.warn(`embed-images: Chromium is not usable here (${why(e)})`);
    }
  }
  return null;
}
