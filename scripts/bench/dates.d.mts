// Types for dates.mjs, so TypeScript tests can import it.
import type { Story } from '../../src/data/schema';

export function dayOf(ms: number): string;
export function spanOf(date: Story['events'][number]['date']): [number, number];
