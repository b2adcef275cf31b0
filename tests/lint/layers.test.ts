import { ESLint } from 'eslint';

// The layers of docs/architecture.md, as `npm run lint` enforces them.
const lint = async (file: string, code: string) => {
  const [result] = await new ESLint().lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
};

describe('layers import one way', () => {
  it.each([
    ['src/data/x.ts', "export { x } from '../timeline/zoom';"],
    ['src/timeline/x.ts', "export { x } from '../store';"],
    ['src/store/slices/x.ts', "export { x } from '../../components/Timeline';"],
    ['src/hooks/x.ts', "export { x } from '../components/Timeline';"],
    ['src/i18n/x.ts', "export type { x } from '../data/schema';"],
  ])('%s may not import %s', async (file, code) => {
    const [message] = await lint(file, code);
    expect(message?.message).toMatch(/may import only from/);
  });

  it.each([
    ['src/timeline/x.ts', "export { x } from '../data/schema';"],
    ['src/components/x.tsx', "export { x } from '../hooks/useSettled';"],
    ['src/store/slices/x.ts', "export { x } from '../embedOptions';"],
  ])('%s may import %s', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });
});
