// Types for visFormat.mjs, so TypeScript tests can import it.
import type { Story } from '../../src/data/schema';

export interface VisItem {
  id: string;
  content: string;
  start: string;
  end?: string;
  group?: string;
}
export function toVisItems(story: Story): VisItem[];
export function toVisGroups(story: Story): { id: string; content: string; style: string }[];
