import type { StoryFile } from './schema';
import type { LoadResult } from './issues';
import { validateFast } from './validateFast';

/**
 * The full check's verdict on a story already drawn after the quick pass (`quickCheck.ts`):
 * accepted, with whether its value is the one drawn, or refused with every issue. Worker and
 * page alike ask this, so the verdict is the one a small story gets on the page.
 */
export type FullVerdict =
  { ok: true; same: boolean } | Extract<LoadResult<StoryFile>, { ok: false }>;

export async function fullVerdict(
  raw: unknown,
  file: string,
  mayHaveProto: boolean,
): Promise<FullVerdict> {
  // zod (and its chunk) only for a story the generated check refuses: to say why.
  const result =
    validateFast(raw, file) ?? (await import('./validate')).validateStory(raw, file, mayHaveProto);
  return result.ok ? { ok: true, same: result.data === raw } : result;
}
