import { StorySchema, type StoryFile } from './schema';

/** The list names whose items carry ids that other parts of a story refer to. */
export type IdList = 'groups' | 'actors' | 'sources' | 'events';

/** What survives of a story that failed the schema, so its references can still be checked. */
export interface Salvaged {
  /**
   * The items that pass the schema one by one, at their original indices: a broken item is a
   * hole in its array, which `forEach` skips, so reported paths still match the file.
   */
  story: StoryFile;
  /** Ids of items that failed the schema: references to them are not "unknown". */
  brokenIds: Record<IdList, string[]>;
}

const shape = StorySchema.shape;
const LISTS = {
  groups: shape.groups.element,
  actors: shape.actors.element,
  sources: shape.sources.element,
  events: shape.events.element,
  annotations: shape.annotations.unwrap().element,
  steps: shape.steps.unwrap().element,
  corrections: shape.corrections.unwrap().element,
};

function own(raw: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(raw, key) ? raw[key] : undefined;
}

/** Parses each list item on its own, leaving holes for the ones that fail. */
function salvageList<T>(
  raw: unknown,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  broken: string[],
): T[] {
  const out: T[] = [];
  if (!Array.isArray(raw)) return out;
  out.length = raw.length;
  raw.forEach((item: unknown, i) => {
    const r = schema.safeParse(item);
    if (r.success) out[i] = r.data;
    else if (item !== null && typeof item === 'object' && 'id' in item) {
      const id = (item as { id: unknown }).id;
      if (typeof id === 'string') broken.push(id);
    }
  });
  return out;
}

/** Keeps what can be cross-checked from a story that failed the schema; undefined if nothing. */
export function salvageStory(raw: unknown): Salvaged | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const brokenIds: Record<IdList, string[]> = { groups: [], actors: [], sources: [], events: [] };
  const unused: string[] = [];
  const story: StoryFile = {
    title: '',
    dek: '',
    credit: '',
    groups: salvageList(own(r, 'groups'), LISTS.groups, brokenIds.groups),
    actors: salvageList(own(r, 'actors'), LISTS.actors, brokenIds.actors),
    sources: salvageList(own(r, 'sources'), LISTS.sources, brokenIds.sources),
    events: salvageList(own(r, 'events'), LISTS.events, brokenIds.events),
    annotations: salvageList(own(r, 'annotations'), LISTS.annotations, unused),
    steps: salvageList(own(r, 'steps'), LISTS.steps, unused),
    corrections: salvageList(own(r, 'corrections'), LISTS.corrections, unused),
  };
  for (const key of ['published', 'updated'] as const) {
    const day = shape[key].safeParse(own(r, key));
    if (day.success && day.data !== undefined) story[key] = day.data;
  }
  return { story, brokenIds };
}
