import type { z } from 'zod';

/** What a compiled check returns for a value the schema refuses. */
export const REFUSED: unique symbol = Symbol('refused');

/** A schema turned into plain closures: the parsed value (as zod would return it), or REFUSED. */
export type CompiledCheck = (input: unknown) => unknown;

/** The parts of zod's internals the compiler reads: each schema's and each check's `def`. */
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
      pattern?: RegExp;
      format?: string;
      tx?: (value: unknown) => unknown;
    };
    check: (payload: { value: unknown; issues: unknown[] }) => void;
  };
}
interface SchemaNode {
  _zod: { def: Def; propValues?: Record<string, Set<unknown>> };
}

const node = (schema: unknown) => schema as SchemaNode;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * One check of a schema (`.min()`, `.regex()`, `.trim()`, `.refine()`…) as a function of the
 * value: the value it passes on (`.trim()` changes it), or REFUSED. Lengths and patterns are
 * inlined; every other check runs zod's own code, so it says exactly what zod says.
 */
function compileCheck(check: CheckNode): (value: unknown) => unknown {
  const def = check._zod.def;
  const { minimum, maximum, pattern, tx } = def;
  // `.trim()` and the like: zod's check only stores what `tx` returns.
  if (def.check === 'overwrite' && tx) return tx;
  if (def.check === 'min_length' && minimum !== undefined)
    return (v) => ((v as { length: number }).length >= minimum ? v : REFUSED);
  if (def.check === 'max_length' && maximum !== undefined)
    return (v) => ((v as { length: number }).length <= maximum ? v : REFUSED);
  if (def.check === 'string_format' && def.format === 'regex' && pattern)
    return (v) => {
      pattern.lastIndex = 0;
      return pattern.test(v as string) ? v : REFUSED;
    };
  return (value) => {
    const payload = { value, issues: [] as unknown[] };
    check._zod.check(payload);
    return payload.issues.length ? REFUSED : payload.value;
  };
}

/** A schema's own checks, run in order on what its type's parse returned. */
function withChecks(def: Def, parse: CompiledCheck): CompiledCheck {
  const checks = (def.checks ?? []).map(compileCheck);
  if (!checks.length) return parse;
  return (input) => {
    let v = parse(input);
    for (const check of checks) {
      if (v === REFUSED) break;
      v = check(v);
    }
    return v;
  };
}

function compileObject(def: Def): CompiledCheck {
  const shape = def.shape as Record<string, unknown>;
  // Strict objects only: a key the shape does not name is refused, as zod's strictObject does.
  if (!def.catchall || node(def.catchall)._zod.def.type !== 'never')
    throw new Error('compileSchema: only strict objects are compiled');
  const fields = Object.entries(shape).map(([key, schema]) => [key, compile(schema)] as const);
  return (input) => {
    if (!isObject(input)) return REFUSED;
    let out: Record<string, unknown> | null = null;
    let present = 0;
    for (const [key, field] of fields) {
      const value = input[key];
      if (value !== undefined) present++;
      const parsed = field(value);
      if (parsed === REFUSED) return REFUSED;
      // Copied only where a value changed (a trimmed text): a clean story is returned as it is.
      if (parsed !== value) (out ??= { ...input })[key] = parsed;
    }
    // Every own key is one of the shape's (a key holding undefined is left to zod to judge).
    // Counted with for…in, which allocates nothing; an inherited enumerable key (never in JSON)
    // only makes the count differ, and zod decide.
    let own = 0;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only counted
    for (const _key in input) own++;
    if (own !== present) return REFUSED;
    return out ?? input;
  };
}

function compileArray(def: Def): CompiledCheck {
  const element = compile(def.element);
  return (input) => {
    if (!Array.isArray(input)) return REFUSED;
    let out: unknown[] | null = null;
    for (let i = 0; i < input.length; i++) {
      const value: unknown = input[i];
      const parsed = element(value);
      if (parsed === REFUSED) return REFUSED;
      if (parsed !== value) (out ??= input.slice())[i] = parsed;
    }
    return out ?? input;
  };
}

function compileRecord(def: Def): CompiledCheck {
  const key = compile(def.keyType);
  const value = compile(def.valueType);
  return (input) => {
    if (!isObject(input) || Object.getPrototypeOf(input) !== Object.prototype) return REFUSED;
    let out: Record<string, unknown> | null = null;
    for (const k of Object.keys(input)) {
      // zod's records skip "__proto__" without a word; the loader refuses it (protoKeys.ts).
      if (k === '__proto__' || key(k) !== k) return REFUSED;
      const v = input[k];
      const parsed = value(v);
      if (parsed === REFUSED) return REFUSED;
      if (parsed !== v) (out ??= { ...input })[k] = parsed;
    }
    return out ?? input;
  };
}

function compileUnion(def: Def): CompiledCheck {
  const options = (def.options as unknown[]).map(compile);
  const discriminator = def.discriminator as string | undefined;
  if (discriminator) {
    // A discriminated union picks its one option by the tag, as zod does.
    const byTag = new Map<unknown, CompiledCheck>();
    (def.options as unknown[]).forEach((o, i) => {
      const option = options[i];
      for (const tag of node(o)._zod.propValues?.[discriminator] ?? [])
        if (option) byTag.set(tag, option);
    });
    return (input) => {
      if (!isObject(input)) return REFUSED;
      const option = byTag.get(input[discriminator]);
      return option ? option(input) : REFUSED;
    };
  }
  return (input) => {
    for (const option of options) {
      const parsed = option(input);
      if (parsed !== REFUSED) return parsed;
    }
    return REFUSED;
  };
}

function compileType(def: Def): CompiledCheck {
  switch (def.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : REFUSED);
    case 'number':
      return (x) => (typeof x === 'number' && Number.isFinite(x) ? x : REFUSED);
    case 'boolean':
      return (x) => (typeof x === 'boolean' ? x : REFUSED);
    case 'literal': {
      const values = new Set(def.values as unknown[]);
      return (x) => (values.has(x) ? x : REFUSED);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (x) => (values.has(x) ? x : REFUSED);
    }
    case 'optional': {
      const inner = compile(def.innerType);
      return (x) => (x === undefined ? x : inner(x));
    }
    case 'nullable': {
      const inner = compile(def.innerType);
      return (x) => (x === null ? x : inner(x));
    }
    case 'object':
      return compileObject(def);
    case 'array':
      return compileArray(def);
    case 'record':
      return compileRecord(def);
    case 'union':
      return compileUnion(def);
    default:
      throw new Error(`compileSchema: no compiler for zod type "${def.type}"`);
  }
}

const compiled = new WeakMap<object, CompiledCheck>();

function compile(schema: unknown): CompiledCheck {
  const n = node(schema);
  const known = compiled.get(n);
  if (known) return known;
  const def = n._zod.def;
  const check = withChecks(def, compileType(def));
  compiled.set(n, check);
  return check;
}

/**
 * Compiles a zod schema into plain closures that accept what it accepts and return what it
 * returns (texts trimmed), many times faster than zod without its JIT, which the page's CSP
 * forbids (`zodConfig.ts`). It says only yes or no: for a refused value, ask zod itself, whose
 * messages the reader sees. Types it has no compiler for throw here, not at a story.
 * Built from the one schema, so there is no second statement of the format to keep in step.
 */
export function compileSchema(schema: z.ZodType): CompiledCheck {
  return compile(schema);
}
