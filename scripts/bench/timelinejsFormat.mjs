// Our story as TimelineJS3 JSON, for the TimelineJS host page (bench/hosts/timelinejs.js).

const tlDate = (day) => ({
  year: Number(day.slice(0, 4)),
  month: Number(day.slice(5, 7)),
  day: Number(day.slice(8, 10)),
});

/** TimelineJS3 JSON: a title slide and one slide per event, grouped by actor group label. */
export function toTimelineJS(story) {
  const groupOf = new Map(story.actors.map((a) => [a.id, a.group]));
  const labelOf = new Map(story.groups.map((g) => [g.id, g.label]));
  return {
    title: { text: { headline: story.title, text: story.dek } },
    events: story.events.map((e) => {
      const slide = {
        unique_id: e.id,
        text: { headline: e.title, text: e.summary },
        group: labelOf.get(groupOf.get(e.actors[0])),
      };
      switch (e.date.precision) {
        case 'day':
          slide.start_date = tlDate(e.date.date);
          break;
        case 'month':
          slide.start_date = {
            year: Number(e.date.month.slice(0, 4)),
            month: Number(e.date.month.slice(5, 7)),
          };
          break;
        default:
          slide.start_date = tlDate(e.date.start);
          slide.end_date = tlDate(e.date.end);
      }
      return slide;
    }),
  };
}
