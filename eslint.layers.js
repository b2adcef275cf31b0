import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// Layers import one way (docs/architecture.md). Each folder of src/ names the folders below it
// that it may import from. The check is on the resolved file, not the import's text, so
// `../../store` from a sub-folder, a dynamic `import()` and an `export … from` are all caught,
// and a folder's own file that shares a layer's name (store/hooks.ts) is not mistaken for it.
const LAYERS = {
  i18n: [],
  vendor: [],
  data: ['i18n'],
  import: ['data', 'i18n'],
  cli: ['import', 'data', 'i18n'],
  timeline: ['data', 'i18n'],
  store: ['timeline', 'data', 'i18n'],
  hooks: ['store', 'timeline', 'data', 'i18n', 'vendor'],
  embed: ['store', 'timeline', 'data', 'i18n'],
  export: ['hooks', 'store', 'timeline', 'data', 'i18n'],
  components: ['export', 'embed', 'hooks', 'store', 'timeline', 'data', 'i18n', 'vendor'],
  server: ['components', 'export', 'embed', 'hooks', 'store', 'timeline', 'data', 'i18n'],
};
// The two pages sit on top: the reader's (App.tsx, main.tsx) and the editor's (edit/). Each may
// import every layer, neither the other page.
const READER_PAGE = ['./src/App.tsx', './src/main.tsx'];
const FOLDERS = [...Object.keys(LAYERS), 'edit'];
const list = (folders) => (folders.length ? folders.map((f) => `src/${f}/`).join(', ') : 'itself');

const zones = [
  ...Object.entries(LAYERS).map(([folder, below]) => ({
    target: `./src/${folder}`,
    from: [
      ...FOLDERS.filter((f) => f !== folder && !below.includes(f)).map((f) => `./src/${f}`),
      ...READER_PAGE,
    ],
    message: `src/${folder}/ may import only from ${list(below)} (docs/architecture.md).`,
  })),
  {
    target: './src/edit',
    from: READER_PAGE,
    message:
      'src/edit/ (the editor) may import every layer, not the reader page (docs/architecture.md).',
  },
  {
    target: READER_PAGE,
    from: './src/edit',
    message: 'The reader page may import every layer, not the editor (docs/architecture.md).',
  },
];

export const layerRules = [
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
];
