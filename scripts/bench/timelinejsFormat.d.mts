// Types for timelinejsFormat.mjs, so TypeScript tests can import it.
import type { Story } from '../../src/data/schema';

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
