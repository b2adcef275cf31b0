// Writes data/story.schema.json from the zod story schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { buildJsonSchema } from '../src/cli/jsonSchema';

const OUT = 'data/story.schema.json';

const options = (await resolveConfig(OUT)) ?? {};
const text = await format(JSON.stringify(buildJsonSchema()), { ...options, parser: 'json' });
writeFileSync(OUT, text);
console.log(`${OUT}: written`);
