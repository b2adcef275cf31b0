import { z } from 'zod';
import { StorySchema } from '../data/schema';

/**
 * The JSON Schema for story files, generated from the one zod definition in `schema.ts`.
 * Editors use it (through the story's `$schema` key) for completion and inline errors;
 * `npm run schema` writes it to `data/story.schema.json`. It checks shapes only: references,
 * calendar dates and links are checked by `validateStory`.
 */
export function buildJsonSchema(): Record<string, unknown> {
  // 'input' describes the file as written, before zod's trimming.
  const generated = z.toJSONSchema(StorySchema, { io: 'input' });
  return {
    $schema: generated.$schema,
    title: 'Timeline story',
    description:
      'A sourced timeline story. Generated from src/data/schema.ts by `npm run schema`; ' +
      'see docs/story-format.md. Run `npm run validate -- FILE` for the checks a schema cannot make.',
    ...generated,
  };
}
