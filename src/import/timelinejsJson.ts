import {
  clip,
  cosmologicalRefusal,
  isCosmologicalYear,
  own,
  scalar,
  type ImportResult,
  type Timeline,
} from './common';
import { JsonSlideReader } from './jsonSlideReader';
import { toStory } from './toStory';

/** The top-level fields of a TimelineJS 3 file; others are reported as not imported. */
const TOP_KEYS = new Set(['title', 'events', 'eras', 'scale']);

const isCosmological = (scale: unknown) =>
  typeof scale === 'string' && scale.trim().toLowerCase() === 'cosmological';

function refuse(file: string, message: string): ImportResult {
  return { ok: false, report: [{ file, path: '(root)', message }] };
}

/**
 * Imports a parsed TimelineJS 3 JSON file (`{title, events, eras, scale}`). Refuses files that
 * are not TimelineJS 3 JSON or that use the cosmological scale; never throws.
 */
export function importTimelineJsJson(raw: unknown, file: string): ImportResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refuse(file, 'not a TimelineJS 3 file: expected a JSON object with an "events" list');
  if (own(raw, 'timeline') !== undefined && own(raw, 'events') === undefined)
    return refuse(
      file,
      'this looks like a TimelineJS 2 file ("timeline": {…}); only TimelineJS 3 JSON is supported',
    );
  const scale = own(raw, 'scale');
  if (isCosmological(scale)) return refuse(file, cosmologicalRefusal('"scale": "cosmological"'));
  const events = own(raw, 'events');
  if (!Array.isArray(events))
    return refuse(file, 'not a TimelineJS 3 file: there is no "events" list');
  // TimelineJS picks the cosmological scale itself for a slide that asks, or a huge year.
  for (const [i, e] of events.entries()) {
    const year = scalar(own(own(e, 'start_date'), 'year')) ?? '';
    if (isCosmological(own(e, 'scale')) || isCosmologicalYear(year))
      return refuse(
        file,
        cosmologicalRefusal(`events[${i}] starts in year ${clip(year, 20).text || '?'}`),
      );
  }

  const reader = new JsonSlideReader(file);
  reader.unknownKeys(raw, TOP_KEYS, '');
  if (scale !== undefined && scale !== 'human')
    reader.note(
      'scale',
      `scale ${clip(JSON.stringify(scale), 40).text} not understood; read as "human"`,
    );
  const title = own(raw, 'title');
  const eras = own(raw, 'eras');
  if (eras !== undefined && !Array.isArray(eras)) reader.note('eras', 'expected a list of eras');
  const timeline: Timeline = {
    title: title === undefined || title === null ? undefined : reader.slide(title, 'title'),
    events: reader.slides(events, 'events'),
    eras: reader.slides(eras, 'eras'),
    report: reader.report,
  };
  return toStory(timeline, file);
}
