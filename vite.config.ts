import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parseStory } from './src/data/validate';
import { formatIssue } from './src/data/issues';
import { addConnectSources, parseStoryOrigins } from './src/data/storyOrigins';
import { addFrameSources, addImageSources, parseMediaOrigins } from './src/data/mediaOrigins';
import { escapeForTerminal } from './src/data/terminalText';

/** Fails the build (and shows the dev overlay) when the bundled story is invalid. */
function validateBundledStory(): Plugin {
  const file = 'data/story.json';
  const check = () => {
    const result = parseStory(readFileSync(file, 'utf8'), file);
    if (!result.ok) {
      const lines = result.issues.map((i) => escapeForTerminal(formatIssue(i)));
      throw new Error(`Invalid story:\n${lines.join('\n')}`);
    }
  };
  return {
    name: 'validate-bundled-story',
    buildStart: check,
    handleHotUpdate: ({ file: changed }) => {
      if (changed.endsWith(file)) check();
    },
  };
}

/**
 * Lets the page's CSP connect to the origins `?data=` may load from (`VITE_STORY_ORIGINS`, read
 * by src/data/storyUrl.ts); without this the browser blocks them. A malformed origin fails the
 * build.
 */
function storyOriginsInCsp(value: string): Plugin {
  const origins = parseStoryOrigins(value);
  return {
    name: 'story-origins-csp',
    transformIndexHtml: (html) => addConnectSources(html, origins),
  };
}

/**
 * Leaves d3's transition machinery out of the build: d3-zoom and d3-brush import d3-transition
 * (and d3-interpolate, d3-color, d3-ease, d3-timer behind it) only to animate double-click zoom
 * and brush moves, which the app does not animate. Small stand-ins in src/vendor/ take their
 * place for those two modules alone.
 */
function leanD3(): Plugin {
  const shim = (name: string) => fileURLToPath(new URL(`./src/vendor/${name}.ts`, import.meta.url));
  return {
    name: 'lean-d3',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source === 'd3-transition') return shim('d3TransitionLite');
      if (source === 'd3-interpolate' && importer && /[\\/]d3-(zoom|brush)[\\/]/.test(importer))
        return shim('d3InterpolateLite');
      return null;
    },
  };
}

/**
 * Lets the page's CSP show event images and players (after a reader's click) from the origins
 * `VITE_MEDIA_ORIGINS` lists: `img-src` and `frame-src` both name them.
 */
function mediaOriginsInCsp(value: string): Plugin {
  const origins = parseMediaOrigins(value);
  return {
    name: 'media-origins-csp',
    transformIndexHtml: (html) => addFrameSources(addImageSources(html, origins), origins),
  };
}

/**
 * Leaves Vite's preload helper out of the first view (about 1 KB gzipped). With
 * `modulePreload: false` and one stylesheet (`cssCodeSplit: false`) it has nothing to preload:
 * every dynamic import is wrapped with an empty list of dependencies, and the helper would only
 * add its own error event. A chunk that does name dependencies keeps the helper.
 */
function noPreloadHelper(): Plugin {
  const definition = 'var __vitePreload = function preload(';
  return {
    name: 'no-preload-helper',
    apply: 'build',
    enforce: 'post',
    renderChunk(code) {
      if (!code.includes(definition) || code.includes('__vite__mapDeps')) return null;
      const plain = code.replace(
        definition,
        'var __vitePreload = (load) => load();\nvar unused = function preload(',
      );
      return { code: plain, map: null };
    },
  };
}

/**
 * Lets the browser fetch the chunks a `?data=` page needs at once, not one import at a time (the
 * build has no preload helper, `modulePreload: false`): public/boot.js preloads, when the
 * address names a story, the entry's static imports (which the browser would otherwise find
 * only once the entry had arrived and been parsed) and the chunks the app imports to load a
 * story (src/App.tsx, `storyLoader`), which it would otherwise ask for only once its own code
 * had run. The list is written into dist/boot.js.
 */
function modulePreloads(): Plugin {
  const LOADER = ['src/data/load.ts', 'src/timeline/wholeTitles.ts', 'src/data/documentMeta.ts'];
  let outDir = 'dist';
  let loader: string[] = [];
  // Each interface language's catalog chunk (its name's hash), for boot.js to fetch the
  // reader's at once.
  let catalogs: Record<string, string> = {};
  return {
    name: 'module-preloads',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const bundle = ctx.bundle;
        if (!bundle || !ctx.chunk) return [];
        const staticClosure = (files: readonly string[], seen = new Set<string>()) => {
          for (const f of files) {
            const chunk = bundle[f];
            if (seen.has(f) || chunk?.type !== 'chunk') continue;
            seen.add(f);
            staticClosure(chunk.imports, seen);
          }
          return seen;
        };
        const entry = staticClosure([ctx.chunk.fileName]);
        const loaderEntries = Object.values(bundle).filter(
          (c) =>
            c.type === 'chunk' &&
            LOADER.some((m) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(m)),
        );
        if (loaderEntries.length !== LOADER.length)
          throw new Error(`module-preloads: found ${loaderEntries.length} of ${LOADER.join(', ')}`);
        // The entry's own imports too: on the bundled story's page they would compete with
        // the picture, which paints first (measured: its marks 270 -> 412 ms with links in
        // index.html, under load 14).
        const own = [...entry].filter((f) => f !== ctx.chunk?.fileName);
        const loading = staticClosure(loaderEntries.map((c) => c.fileName));
        loader = [...new Set([...own, ...loading])].filter((f) => f !== ctx.chunk?.fileName);
        catalogs = {};
        for (const c of Object.values(bundle)) {
          const lang =
            c.type === 'chunk' &&
            /src\/i18n\/messages\/([\w-]+)\.ts$/.exec(
              c.facadeModuleId?.replaceAll('\\', '/') ?? '',
            );
          if (!lang || lang[1] === 'en') continue;
          // boot.js writes the rest of the name: the map carries only the hashes.
          const hash = new RegExp(`^assets/${lang[1]}-([\\w-]{8})\\.js$`).exec(c.fileName)?.[1];
          if (!hash) throw new Error(`module-preloads: catalog chunk named ${c.fileName}`);
          catalogs[lang[1] as string] = hash;
        }
        if (Object.keys(catalogs).length === 0)
          throw new Error('module-preloads: no catalog chunks');
        return [];
      },
    },
    // After the public folder is copied: the list goes into dist/boot.js, as scripts/url-lists.ts
    // fills its other lists.
    closeBundle() {
      const boot = join(outDir, 'boot.js');
      if (!existsSync(boot)) return;
      const text = readFileSync(boot, 'utf8');
      const marker = /var LOADER = \[[^\]]*\];/;
      if (!marker.test(text)) throw new Error('module-preloads: boot.js has no "var LOADER = [];"');
      const words = /var CATALOGS = \{\};/;
      if (!words.test(text))
        throw new Error('module-preloads: boot.js has no "var CATALOGS = {};"');
      writeFileSync(
        boot,
        text
          .replace(marker, () => `var LOADER = ${JSON.stringify(loader)};`)
          .replace(words, () => `var CATALOGS = ${JSON.stringify(catalogs)};`),
      );
    },
  };
}

// `base: './'` keeps every asset URL relative, so dist/ works from any sub-folder
// (https://example.org/graphics/distillation/) without a rebuild.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    leanD3(),
    noPreloadHelper(),
    modulePreloads(),
    react(),
    validateBundledStory(),
    // loadEnv: the same value the app sees, from the environment or a .env file.
    storyOriginsInCsp(loadEnv(mode, process.cwd(), 'VITE_').VITE_STORY_ORIGINS ?? ''),
    mediaOriginsInCsp(loadEnv(mode, process.cwd(), 'VITE_').VITE_MEDIA_ORIGINS ?? ''),
  ],
  build: {
    outDir: 'dist',
    sourcemap: false,
    target: 'es2022',
    // No preload helper (0.8 KB of the first view with its polyfill): a lazy chunk's own
    // imports then start when the chunk has loaded, a round trip later, for features behind a
    // click (the Embed dialog, the chart, the list); the first view's chunks are in index.html.
    modulePreload: false,
    // One stylesheet for every part (the lazy parts add 0.5 KB gzipped to it): lazy chunks then
    // need no loader for styles of their own (noPreloadHelper).
    cssCodeSplit: false,
    // Every module the entry imports statically goes into the entry's own file. Rolldown would
    // otherwise split off each module a lazy chunk shares with it (React, the store, d3's
    // selection: six files), and a browser holds six connections to a host over HTTP/1.1: the
    // entry queued behind its own pieces (a 13-event `?data=` story's first mark 517 -> 485 ms,
    // median of 7 interleaved loads). Lazy chunks then import those modules from the entry,
    // which is always loaded before them.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
