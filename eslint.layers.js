// Layers import one way (docs/architecture.md). Each folder of src/ names the folders below it
// that it may import from; an import of any other folder of src/ fails `npm run lint`.
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
const FOLDERS = [...Object.keys(LAYERS), 'edit'];

export const layerRules = Object.entries(LAYERS).map(([folder, below]) => {
  const banned = FOLDERS.filter((f) => f !== folder && !below.includes(f));
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
              message: `src/${folder}/ may import only from ${below.length ? below.map((b) => `src/${b}/`).join(', ') : 'itself'} (docs/architecture.md).`,
            },
          ],
        },
      ],
    },
  };
});
