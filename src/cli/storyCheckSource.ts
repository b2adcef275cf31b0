import { z } from 'zod';
import { StorySchema } from '../data/schema';
import { reportTextControls } from '../data/schemaFields';
import { hasSomeLanguage } from '../data/someLanguage';
import { isTimeZone } from '../data/isTimeZone';

/*
 * Writes the story schema as plain TypeScript: one function per object, array, union and field
 * type, each reading its fields by name (`npm run schema` writes it to src/data/storyCheck.ts).
 * The loader runs it on every story, and so needs no zod for a valid one; each function reads
 * its own fields by name (`x["title"]`), where the closures built from the schema at run time
 * before (compileSchema) shared one `x[key]` for every object. The page's CSP forbids building
 * such code at run time
 * (zod's own JIT is off: zodConfig.ts), so it is built here, from the one schema; a test fails
 * when the file and the schema drift apart.
 */

/** The parts of zod's internals read here: each schema's and each check's `def`. */
interface Def {
  type: string;
  checks?: readonly CheckNode[];
  [key: string]: unknown;
}
interface CheckNode {
  _zod: {
    def: {
      check: string;
      minimum?: number;
      maximum?: number;
      value?: unknown;
      inclusive?: boolean;
      pattern?: RegExp;
      format?: string;
      tx?: (value: unknown) => unknown;
      fn?: unknown;
    };
    check: unknown;
  };
}
interface SchemaNode {
  _zod: { def: Def; propValues?: Record<string, Set<unknown>> };
}

const node = (schema: unknown) => schema as SchemaNode;

/**
 * The schema's own functions (a `.check()` or a `.refine()`), each with the call that says the
 * same in the generated code, from a file that does not load zod. Any other one is refused
 * here rather than passed unchecked.
 */
const CUSTOM: readonly { fn: unknown; name: string; from: string; test: (v: string) => string }[] =
  [
    {
      fn: reportTextControls,
      name: 'textControlProblem',
      from: './textControls',
      test: (v) => `textControlProblem(${v}) === null`,
    },
    {
      fn: hasSomeLanguage,
      name: 'hasSomeLanguage',
      from: './someLanguage',
      test: (v) => `hasSomeLanguage(${v})`,
    },
    { fn: isTimeZone, name: 'isTimeZone', from: './isTimeZone', test: (v) => `isTimeZone(${v})` },
  ];

/** What `z.string().trim()` runs, as source: the only rewrite of a value the schema may make. */
const TRIM = String(
  (z.string().trim() as unknown as SchemaNode)._zod.def.checks?.[0]?._zod.def.tx ?? 'no trim',
);

const literal = (x: unknown) => {
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' || x === null)
    return JSON.stringify(x);
  throw new Error(`storyCheckSource: no literal for ${String(x)}`);
};

class Source {
  /** Function bodies, each written once, with their names. */
  private readonly bodies = new Map<string, string>();
  private readonly functions: string[] = [];
  private readonly patterns = new Map<string, string>();
  readonly imports = new Map<string, Set<string>>();
  private readonly named = new WeakMap<object, string>();

  private use(name: string, from: string) {
    const names = this.imports.get(from) ?? new Set<string>();
    names.add(name);
    this.imports.set(from, names);
  }

  private pattern(re: RegExp): string {
    const text = re.toString();
    let name = this.patterns.get(text);
    if (!name) {
      name = `PATTERN_${this.patterns.size}`;
      this.patterns.set(text, name);
    }
    return name;
  }

  /** One check of a schema as a statement on `v`, which it may rewrite (`.trim()`). */
  private check(check: CheckNode, type: string): string {
    const def = check._zod.def;
    const refuse = (condition: string) => `if (${condition}) return REFUSED;`;
    switch (def.check) {
      case 'overwrite':
        if (type === 'string' && def.tx && String(def.tx) === TRIM) return 'v = v.trim();';
        break;
      case 'min_length':
        return refuse(`v.length < ${def.minimum}`);
      case 'max_length':
        return refuse(`v.length > ${def.maximum}`);
      case 'string_format':
        if (def.format === 'regex' && def.pattern) {
          const name = this.pattern(def.pattern);
          const reset = def.pattern.global || def.pattern.sticky ? `${name}.lastIndex = 0; ` : '';
          return `${reset}${refuse(`!${name}.test(v)`)}`;
        }
        break;
      case 'greater_than':
        if (type === 'number' && typeof def.value === 'number')
          return refuse(`!(v ${def.inclusive ? '>=' : '>'} ${def.value})`);
        break;
      case 'number_format':
        if (type === 'number' && def.format === 'safeint')
          return refuse('!Number.isSafeInteger(v)');
        break;
      case 'custom': {
        const custom = CUSTOM.find((c) => c.fn === check._zod.check || c.fn === def.fn);
        if (custom) {
          this.use(custom.name, custom.from);
          return refuse(`!(${custom.test('v')})`);
        }
        break;
      }
    }
    throw new Error(`storyCheckSource: no code for the check "${def.check}" on a ${type}`);
  }

  /** The statements that turn `x` into `v` for a schema's own type, or refuse it. */
  private parse(def: Def): { type: string; code: string[] } {
    switch (def.type) {
      case 'string':
        return {
          type: 'string',
          code: ["if (typeof x !== 'string') return REFUSED;", 'let v = x;'],
        };
      case 'number':
        return {
          type: 'number',
          code: [
            "if (typeof x !== 'number' || !Number.isFinite(x)) return REFUSED;",
            'const v = x;',
          ],
        };
      case 'boolean':
        return {
          type: 'boolean',
          code: ["if (typeof x !== 'boolean') return REFUSED;", 'const v = x;'],
        };
      case 'literal':
      case 'enum': {
        const values =
          def.type === 'literal'
            ? (def.values as unknown[])
            : Object.values(def.entries as Record<string, unknown>);
        const test = values.map((value) => `x !== ${literal(value)}`).join(' && ');
        return { type: def.type, code: [`if (${test}) return REFUSED;`, 'const v = x;'] };
      }
      case 'optional':
      case 'nullable': {
        const inner = this.name(def.innerType);
        const none = def.type === 'optional' ? 'undefined' : 'null';
        return {
          type: def.type,
          code: [
            `const v = x === ${none} ? x : ${inner}(x);`,
            'if (v === REFUSED) return REFUSED;',
          ],
        };
      }
      case 'array': {
        const element = this.name(def.element);
        return {
          type: 'array',
          code: [
            'if (!Array.isArray(x)) return REFUSED;',
            'let out: unknown[] | null = null;',
            'for (let i = 0; i < x.length; i++) {',
            '  const value: unknown = x[i];',
            `  const parsed = ${element}(value);`,
            '  if (parsed === REFUSED) return REFUSED;',
            '  if (parsed !== value) (out ??= x.slice())[i] = parsed;',
            '}',
            'const v = out ?? x;',
          ],
        };
      }
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        // Strict objects only: a key the shape does not name is refused, as zod's strictObject.
        if (!def.catchall || node(def.catchall)._zod.def.type !== 'never')
          throw new Error('storyCheckSource: only strict objects are compiled');
        const fields = Object.entries(shape).flatMap(([key, schema]) => {
          const k = JSON.stringify(key);
          return [
            `value = x[${k}];`,
            'if (value !== undefined) present++;',
            `parsed = ${this.name(schema)}(value);`,
            'if (parsed === REFUSED) return REFUSED;',
            `if (parsed !== value) (out ??= { ...x })[${k}] = parsed;`,
          ];
        });
        return {
          type: 'object',
          code: [
            'if (!isObject(x)) return REFUSED;',
            'let out: Record<string, unknown> | null = null;',
            'let present = 0;',
            'let value: unknown;',
            'let parsed: unknown;',
            ...fields,
            // Every own key is one the shape names (a key holding undefined is left to zod).
            'if (countKeys(x) !== present) return REFUSED;',
            'const v = out ?? x;',
          ],
        };
      }
      case 'record': {
        const key = this.name(def.keyType);
        const value = this.name(def.valueType);
        return {
          type: 'record',
          code: [
            'if (!isObject(x) || Object.getPrototypeOf(x) !== Object.prototype) return REFUSED;',
            'let out: Record<string, unknown> | null = null;',
            'for (const k of Object.keys(x)) {',
            // zod's records skip "__proto__" without a word; the loader refuses it (protoKeys.ts).
            `  if (k === '__proto__' || ${key}(k) !== k) return REFUSED;`,
            '  const value = x[k];',
            `  const parsed = ${value}(value);`,
            '  if (parsed === REFUSED) return REFUSED;',
            '  if (parsed !== value) (out ??= { ...x })[k] = parsed;',
            '}',
            'const v = out ?? x;',
          ],
        };
      }
      case 'union': {
        const options = (def.options as unknown[]).map((o) => this.name(o));
        const discriminator = def.discriminator as string | undefined;
        if (discriminator) {
          // A discriminated union picks its one option by the tag, as zod does.
          const cases = (def.options as unknown[]).flatMap((o, i) =>
            [...(node(o)._zod.propValues?.[discriminator] ?? [])].map(
              (tag) => `  case ${literal(tag)}: v = ${options[i]}(x); break;`,
            ),
          );
          return {
            type: 'union',
            code: [
              'if (!isObject(x)) return REFUSED;',
              'let v: unknown;',
              `switch (x[${JSON.stringify(discriminator)}]) {`,
              ...cases,
              '  default: return REFUSED;',
              '}',
              'if (v === REFUSED) return REFUSED;',
            ],
          };
        }
        // The first option that takes the value, as zod's union.
        return {
          type: 'union',
          code: [
            `let v: unknown = ${options[0]}(x);`,
            ...options.slice(1).map((o) => `if (v === REFUSED) v = ${o}(x);`),
            'if (v === REFUSED) return REFUSED;',
          ],
        };
      }
    }
    throw new Error(`storyCheckSource: no code for zod type "${def.type}"`);
  }

  /** The name of the function that checks `schema`, written on first use. */
  name(schema: unknown): string {
    const n = node(schema);
    const known = this.named.get(n);
    if (known) return known;
    const def = n._zod.def;
    const { type, code } = this.parse(def);
    const checks = (def.checks ?? []).map((c) => this.check(c, type));
    // `let` only where a check rewrites the value (lint asks for const elsewhere).
    const rewrites = checks.some((c) => c.startsWith('v = '));
    const parse = code.map((line) => (rewrites ? line : line.replace(/^let v = /, 'const v = ')));
    // A text in several languages (a record the schema asks to hold some language) is
    // counted, so the loader skips its walk looking for them in a story that has none.
    const textMap = type === 'record' && checks.some((c) => c.includes('hasSomeLanguage('));
    const text = [...parse, ...checks, ...(textMap ? ['textMaps++;'] : []), 'return v;'].join('\n');
    let name = this.bodies.get(text);
    if (!name) {
      name = `check${this.bodies.size}`;
      this.bodies.set(text, name);
      this.functions.push(`function ${name}(x: unknown): unknown {\n${text}\n}`);
    }
    this.named.set(n, name);
    return name;
  }

  text(entry: string, root: string, keys: readonly string[]): string {
    const imports = [...this.imports]
      .map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`)
      .join('\n');
    const patterns = [...this.patterns].map(([re, name]) => `const ${name} = ${re};`).join('\n');
    return `// Generated from src/data/schema.ts by \`npm run schema\` (src/cli/storyCheckSource.ts): do not edit.
// The story schema as plain code, for the loader: see the generator for why.
${imports}

/** What the check returns for a value the schema refuses. */
export const REFUSED: unique symbol = Symbol('refused');

/** The story's top-level keys in the schema's order (issues are sorted by it). */
export const STORY_KEYS: readonly string[] = ${JSON.stringify(keys)};

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Own enumerable keys, counted without a list (an inherited one, never in JSON, counts too). */
function countKeys(x: object): number {
  let n = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only counted
  for (const _key in x) n++;
  return n;
}

${patterns}

/** Texts in several languages accepted since the last story's check began. */
let textMaps = 0;

${this.functions.join('\n\n')}

/**
 * A story file as the schema reads it: the value zod would return (texts trimmed; the input
 * itself where nothing changed), or REFUSED. It says only yes or no: ask zod for the reasons.
 */
export function ${entry}(input: unknown): unknown {
  textMaps = 0;
  return ${root}(input);
}

/**
 * Whether the story last accepted by \`${entry}\` holds no text in several languages (a
 * branch that failed may have counted one: then this says no, and the loader looks).
 */
export const hadNoTextMaps = (): boolean => textMaps === 0;
`;
  }
}

/** The TypeScript of src/data/storyCheck.ts, before formatting, from `schema` (the story's). */
export function storyCheckSource(schema: z.ZodType = StorySchema): string {
  const source = new Source();
  const root = source.name(schema);
  const shape = (node(schema)._zod.def.shape ?? {}) as Record<string, unknown>;
  return source.text('checkStory', root, Object.keys(shape));
}
