import type { z } from 'zod';
import { StorySchema } from './schema';
import { isLocalText } from './schemaFields';

/** One step into a story: a field name or a list position. */
export type Segment = string | number;

/** A place in a story where our own words go (a `Local` field of the schema), and what is there. */
export interface TextSlot {
  /** Where it is: `['events', 3, 'title']`. */
  path: Segment[];
  /** The validator's name for it: `events[3].title`. */
  at: string;
  /**
   * A name that survives reordering: list items with an `id` are named by it
   * (`events[#letter].title`), others by position.
   */
  key: string;
  /** What the story holds there: a text, a map of language to text, or anything a draft has. */
  value: unknown;
}

/** The parts of zod's definitions this walk reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const atOf = (path: Segment[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

function visit(
  schema: z.ZodType,
  value: unknown,
  path: Segment[],
  key: string,
  out: Map<string, TextSlot>,
): void {
  if (value === undefined) return;
  if (isLocalText(schema)) {
    const at = atOf(path);
    if (!out.has(at)) out.set(at, { path, at, key, value });
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      if (def.innerType) visit(def.innerType, value, path, key, out);
      return;
    case 'pipe':
      if (def.in) visit(def.in, value, path, key, out);
      return;
    case 'object':
      if (!isRecord(value)) return;
      for (const [name, field] of Object.entries(def.shape ?? {}))
        visit(field, value[name], [...path, name], key ? `${key}.${name}` : name, out);
      return;
    case 'array':
      if (!Array.isArray(value) || !def.element) return;
      value.forEach((item: unknown, i) => {
        const id = isRecord(item) && typeof item.id === 'string' && item.id ? item.id : null;
        visit(def.element as z.ZodType, item, [...path, i], `${key}[${id ? `#${id}` : i}]`, out);
      });
      return;
    case 'union':
      // A date is one of four shapes; each names its label and basis the same way.
      for (const option of def.options ?? []) visit(option, value, path, key, out);
      return;
    default:
      return;
  }
}

/**
 * Every place in a story (a valid file, a resolved story or a draft with gaps) where the schema
 * puts our own words, in file order. The schema is the only list of them.
 */
export function textSlots(story: unknown): TextSlot[] {
  const out = new Map<string, TextSlot>();
  visit(StorySchema, story, [], '', out);
  return [...out.values()];
}
