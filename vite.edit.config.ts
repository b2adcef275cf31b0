import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The story editor (edit/index.html) and its preview frame, built apart from the reader's
// page: the reader's chunks stay byte for byte what `vite.config.ts` makes, so its first view
// gains nothing. Written into dist/edit/ beside the reader's dist/index.html.
export default defineConfig({
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    assetsDir: 'edit/assets',
    sourcemap: false,
    target: 'es2022',
    rollupOptions: { input: { edit: 'edit/index.html', preview: 'edit/preview.html' } },
  },
});
