// TimelineJS3 anchor for the benchmark: ?data=/bench-data/tl-N.json is TimelineJS JSON made by
// scripts/bench/generate.mjs (toTimelineJS). Default options, except that everything loads from
// this server: script_path for the locale file, no web font, no analytics.
/* global TL */
(async () => {
  const url = new URLSearchParams(location.search).get('data');
  const res = await fetch(url);
  const data = await res.json();
  window.benchTimeline = new TL.Timeline('timeline-embed', data, {
    script_path: new URL('/vendor/timelinejs/js/', location.href).href,
    font: null,
    language: 'en',
  });
})().catch((e) => {
  document.body.append(`bench host failed: ${e}`);
  throw e;
});
