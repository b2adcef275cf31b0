/**
 * A read-only map from id to value whose values sit in an array, at the position a shared map
 * of ids gives. Several lookups by the same ids (an event, its span) then cost one hashed map
 * between them: a 100,000-event story builds one map instead of one per lookup, on the way to
 * its first mark. It answers as a `Map` built by `set(id, values[i])` for each `i` in turn would:
 * a repeated id keeps its first place in the order and its last value.
 */
export class SlotMap<V> implements ReadonlyMap<string, V> {
  constructor(
    /** Built by `set(id, i)` for each position `i` in turn: a repeated id keeps its last. */
    private readonly slots: ReadonlyMap<string, number>,
    private readonly list: readonly V[],
  ) {}

  get size(): number {
    return this.slots.size;
  }

  get(id: string): V | undefined {
    const i = this.slots.get(id);
    return i === undefined ? undefined : this.list[i];
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  keys(): MapIterator<string> {
    return this.slots.keys();
  }

  values(): MapIterator<V> {
    // Without a repeated id the positions are 0, 1, 2…: the array is the order, uncopied.
    return this.slots.size === this.list.length
      ? this.list.values()
      : Array.from(this.slots.values(), (i) => this.list[i] as V).values();
  }

  entries(): MapIterator<[string, V]> {
    return Array.from(this.slots, ([id, i]): [string, V] => [id, this.list[i] as V]).values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(f: (value: V, id: string, map: ReadonlyMap<string, V>) => void, self?: unknown): void {
    for (const [id, v] of this.entries()) f.call(self, v, id, this);
  }
}
