/*! Distillation timeline embed: turns each <div data-timeline-embed data-src="VIEW_URL"> into
 * an iframe sized to its content. No dependencies, cookies, storage or third-party requests. */
(function () {
  'use strict';
  var TYPE = 'distillation-timeline:height';
  // No timeline needs more; a frame that claims more (a bug, or a page it was navigated to)
  // must not push the rest of the article a mile down.
  var MAX_HEIGHT_PX = 20000;
  var frames = [];
  // {lang: the story's language, heights: {key: [[column width from, height], ...]}}: the
  // embed's opening height per column width, for the default embed ("") and each measured
  // option ("lang=de&plain=1"); filled in at build time by scripts/embed-heights.mjs.
  var START_HEIGHTS = {};
  // Parameters whose values pick a table (sorted), and those that change the layout in ways not
  // measured; filled in at build time by scripts/url-lists.ts from src/store/urlParams.ts.
  var MEASURED = [];
  var OWN_LAYOUT = [];

  // Duplicate of startHeightPx in src/embed/startHeights.ts (this file has no build step):
  // the measured height for the view and the column's width, else 0.
  function startHeight(url, width) {
    var p = url.searchParams;
    for (var i = 0; i < OWN_LAYOUT.length; i++) if (p.has(OWN_LAYOUT[i])) return 0;
    var pairs = [];
    for (var j = 0; j < MEASURED.length; j++) {
      var v = p.get(MEASURED[j]);
      if (!v || (MEASURED[j] === 'lang' && v === START_HEIGHTS.lang)) continue;
      if (MEASURED[j] === 'plain' && v === '0') continue;
      pairs.push(MEASURED[j] + '=' + v);
    }
    var steps = START_HEIGHTS.heights && START_HEIGHTS.heights[pairs.join('&')];
    if (!steps || !steps.length) return 0;
    var h = steps[0][1];
    for (var k = 0; k < steps.length; k++) if (steps[k][0] <= width) h = steps[k][1];
    return h;
  }

  // Duplicate of isHeightMessage in src/embed/heightMessages.ts (this file has no build step).
  function isHeightMessage(d) {
    return (
      typeof d === 'object' &&
      d !== null &&
      d.type === TYPE &&
      typeof d.height === 'number' &&
      isFinite(d.height) &&
      d.height >= 0 &&
      (d.id === undefined || typeof d.id === 'string')
    );
  }

  // Duplicate of parseFixedHeight in src/store/embedOptions.ts: a whole number of at most five
  // digits, 360 or more, cut to MAX_HEIGHT_PX as reported heights are; else 0.
  function fixedHeight(raw) {
    var text = (raw || '').trim();
    if (!/^\d{1,5}$/.test(text) || Number(text) < 360) return 0;
    return Math.min(Number(text), MAX_HEIGHT_PX);
  }

  // The first opaque background from the div up (the page's when none): dark when its
  // luminance is under the middle grey's.
  function hostIsDark(el) {
    for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
      var m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(
        getComputedStyle(e).backgroundColor,
      );
      if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
        return 0.2126 * m[1] + 0.7152 * m[2] + 0.0722 * m[3] < 128;
      }
    }
    return false;
  }

  function create(div) {
    var frameScheme = '';
    div.setAttribute('data-timeline-embed', 'ready');
    var url;
    try {
      url = new URL(div.getAttribute('data-src') || '', document.baseURI);
    } catch {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    var id = 'dt-embed-' + (document.querySelectorAll('iframe[data-embed-id]').length + 1);
    url.searchParams.set('embed', '1');
    url.searchParams.set('embedId', id);
    // A transparent embed shows the host's background through: with no theme asked for, it
    // takes the host's (dark text on a dark page is unreadable), and the frame declares the
    // child's colour scheme, as a browser paints an opaque backdrop behind a frame whose
    // scheme differs from its element's.
    var p = url.searchParams;
    if (p.get('transparent') === '1' || p.get('bg') === 'transparent') {
      if (!p.has('theme')) p.set('theme', hostIsDark(div) ? 'dark' : 'light');
      frameScheme = p.get('theme') === 'auto' ? 'light dark' : p.get('theme');
    }
    var frame = document.createElement('iframe');
    frame.setAttribute('title', div.getAttribute('data-title') || 'Interactive timeline');
    frame.setAttribute('data-embed-id', id);
    // Heights are trusted only while the frame still shows a page from this origin.
    frame.setAttribute('data-embed-origin', url.origin);
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('src', url.href);
    var s = frame.style;
    s.display = 'block';
    s.width = '100%';
    s.border = '0';
    if (frameScheme) s.colorScheme = frameScheme;
    // A fixed-height embed (height=N, N >= 360) is that tall and sends no heights; otherwise
    // reserve room until the first height message, so the article shifts less.
    var fixed = fixedHeight(url.searchParams.get('height'));
    s.height =
      (fixed
        ? fixed
        : parseInt(div.getAttribute('data-height'), 10) ||
          startHeight(url, div.getBoundingClientRect().width) ||
          640) + 'px';
    // The frame replaces any fallback link inside the div.
    while (div.firstChild) div.removeChild(div.firstChild);
    div.appendChild(frame);
    frames.push(frame);
  }

  function scan() {
    // Only divs not yet handled, so pasting the snippet (and this script) twice is harmless.
    var divs = document.querySelectorAll(
      'div[data-timeline-embed]:not([data-timeline-embed="ready"])',
    );
    for (var i = 0; i < divs.length; i++) create(divs[i]);
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!isHeightMessage(d)) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      // Trust a height only from the window inside this very frame, still on the embed's origin.
      if (
        f.contentWindow === e.source &&
        e.origin === f.getAttribute('data-embed-origin') &&
        (!d.id || d.id === f.getAttribute('data-embed-id'))
      ) {
        f.style.height = Math.min(Math.ceil(d.height), MAX_HEIGHT_PX) + 'px';
      }
    }
  });

  scan();
  // Embeds added later (after DOMContentLoaded, or by the page's own scripts) are found too.
  document.addEventListener('DOMContentLoaded', scan);
  if (window.MutationObserver) {
    new MutationObserver(scan).observe(document.documentElement, {
      childList: true,
      subtree: true,
    });
  }
})();
