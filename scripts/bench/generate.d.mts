// Types for generate.mjs, so TypeScript tests can import it.
import type { Story } from '../../src/data/schema';

export function mulberry32(seed: number): () => number;
export const KINDS: readonly string[];
export function dayOf(ms: number): string;
export function spanOf(date: Story['events'][number]['date']): [number, number];
export function generateStory(n: number, seed?: number): Story;

export interface VisItem {
  id: string;
  content: string;
  start: string;
  end?: string;
  group?: string;
}
export function toVisItems(story: Story): VisItem[];
export function toVisGroups(story: Story): { id: string; content: string; style: string }[];

export interface TLDate {
  year: number;
  month?: number;
  day?: number;
}
export interface TLSlide {
  unique_id: string;
  start_date: TLDate;
  end_date?: TLDate;
  text: { headline: string; text: string };
  group: string;
}
export function toTimelineJS(story: Story): {
  title: { text: { headline: string; text: string } };
  events: TLSlide[];
};
