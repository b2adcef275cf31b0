// Types for generate.mjs, so TypeScript tests can import it.
import type { Story } from '../../src/data/schema';

export function mulberry32(seed: number): () => number;
export const KINDS: readonly string[];
export function generateStory(n: number, seed?: number): Story;
