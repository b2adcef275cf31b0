import { ESLint } from 'eslint';

// The layers of docs/architecture.md, as `npm run lint` enforces them: on the file an import
// resolves to, whatever its text.
const LAYER_RULE = 'import-x/no-restricted-paths';
const lint = async (file: string, code: string) => {
  const [result] = await new ESLint().lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === LAYER_RULE);
};

describe('layers import one way', () => {
  it.each([
    ['src/data/x.ts', "export { x } from '../timeline/zoom';"],
    ['src/timeline/x.ts', "export { x } from '../store';"],
    ['src/timeline/x.ts', "export const x = () => import('../store');"],
    ['src/timeline/x.ts', "import { useStore } from '../store/hooks';"],
    ['src/store/slices/x.ts', "export { x } from '../../components/Timeline';"],
    ['src/store/slices/x.ts', "export const x = () => import('../../hooks/useSettled');"],
    ['src/hooks/x.ts', "export { x } from '../components/Timeline';"],
    ['src/i18n/x.ts', "export type { x } from '../data/schema';"],
    ['src/components/x.tsx', "export { x } from '../edit/store';"],
    ['src/components/x.tsx', "export { x } from '../App';"],
    ['src/edit/x.ts', "export { x } from '../App';"],
    ['src/App.tsx', "export { x } from './edit/store';"],
  ])('%s may not import: %s', async (file, code) => {
    const [message] = await lint(file, code);
    expect(message?.message).toMatch(/may import/);
  });

  it.each([
    ['src/timeline/x.ts', "export { x } from '../data/schema';"],
    ['src/components/x.tsx', "export { x } from '../hooks/useSettled';"],
    ['src/components/x.tsx', "export const x = () => import('../export/ExportMenu');"],
    ['src/store/slices/x.ts', "export { x } from '../embedOptions';"],
    // The store's own hooks.ts is not the hooks/ layer.
    ['src/store/slices/x.ts', "export { x } from '../hooks';"],
    ['src/edit/x.ts', "export { x } from '../components/StoryView';"],
    ['src/App.tsx', "export { x } from './components/StoryView';"],
  ])('%s may import: %s', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });
});
