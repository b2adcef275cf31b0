import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parseStory } from './src/data/validate';
import { formatIssue } from './src/data/issues';

/** Fails the build (and shows the dev overlay) when the bundled story is invalid. */
function validateBundledStory(): Plugin {
  const file = 'data/story.json';
  const check = () => {
    const result = parseStory(readFileSync(file, 'utf8'), file);
    if (!result.ok) throw new Error(`Invalid story:\n${result.issues.map(formatIssue).join('\n')}`);
  };
  return {
    name: 'validate-bundled-story',
    buildStart: check,
    handleHotUpdate: ({ file: changed }) => {
      if (changed.endsWith(file)) check();
    },
  };
}

// `base: './'` keeps every asset URL relative, so dist/ works from any sub-folder
// (https://example.org/graphics/distillation/) without a rebuild.
export default defineConfig({
  base: './',
  plugins: [react(), validateBundledStory()],
  build: { outDir: 'dist', sourcemap: false, target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
