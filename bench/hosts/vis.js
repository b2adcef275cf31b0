// vis-timeline anchor for the benchmark: ?data=/bench-data/vis-N.json holds {items, groups}
// made by scripts/bench/generate.mjs (toVisItems / toVisGroups). Default options, except a
// fixed height so every target draws into the same box. Wheel zooms, drag pans (vis defaults).
/* global vis */
(async () => {
  const url = new URLSearchParams(location.search).get('data');
  const res = await fetch(url);
  const { items, groups } = await res.json();
  const el = document.getElementById('timeline');
  window.benchTimeline = new vis.Timeline(el, new vis.DataSet(items), new vis.DataSet(groups), {
    height: '640px',
  });
})().catch((e) => {
  document.body.append(`bench host failed: ${e}`);
  throw e;
});
