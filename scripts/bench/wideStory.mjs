// The wide stories of scripts/bench/wide.mjs: many actors or many annotations.
import { SEED } from './data.mjs';
import { generateStory, mulberry32 } from './generate.mjs';

/** A 1,000-event story with `actors` actors in all (at least the base story's) and `annotations` annotations. */
export function generateWideStory({ actors = 0, annotations = 0, events = 1000 }, seed = SEED) {
  const story = generateStory(events, seed);
  const rand = mulberry32(seed + 1);
  const groups = story.groups.map((g) => g.id);
  const added = Math.max(0, actors - story.actors.length);
  for (let i = 0; i < added; i++) {
    const id = `wide-${String(i).padStart(5, '0')}`;
    story.actors.push({ id, name: `Actor ${i + 1}`, group: groups[i % groups.length] });
    // Every added actor is on at least one event, so each lane has marks to draw.
    story.events[i % events].actors.push(id);
  }
  story.annotations = Array.from({ length: annotations }, (_, i) => {
    const first = Math.floor(rand() * (events - 3));
    const span = 1 + Math.floor(rand() * 3);
    return {
      events: story.events.slice(first, first + span).map((e) => e.id),
      text: `Note ${i + 1} on a wide story`,
    };
  });
  story.title = `${events} events, ${story.actors.length} actors, ${annotations} annotations`;
  return story;
}
