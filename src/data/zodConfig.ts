// Imported before any schema is built (schemaFields.ts, mediaSchema.ts, schema.ts): zod decides
// when an object schema is created whether to compile a fast parser with `new Function`, and
// probing for that trips the page's CSP (`script-src 'self'`, no 'unsafe-eval'), which reports a
// "script-src eval" violation on every validated load. Jitless, it never probes.
import { z } from 'zod';

z.config({ jitless: true });
