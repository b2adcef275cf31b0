// Writes what is generated from the zod story schema: data/story.schema.json (for editors) and
// src/data/storyCheck.ts (the loader's check). `npm run schema`.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { buildJsonSchema } from '../src/cli/jsonSchema';
import { storyCheckSource } from '../src/cli/storyCheckSource';

const OUT = 'data/story.schema.json';
const CHECK = 'src/data/storyCheck.ts';

const options = (await resolveConfig(OUT)) ?? {};
const text = await format(JSON.stringify(buildJsonSchema()), { ...options, parser: 'json' });
writeFileSync(OUT, text);
console.log(`${OUT}: written`);
const checkOptions = (await resolveConfig(CHECK)) ?? {};
writeFileSync(CHECK, await format(storyCheckSource(), { ...checkOptions, parser: 'typescript' }));
console.log(`${CHECK}: written`);
