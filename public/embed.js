/*! Distillation timeline embed: turns each <div data-timeline-embed data-src="VIEW_URL"> into
 * an iframe sized to its content. No dependencies, cookies, storage or third-party requests. */
(function () {
  'use strict';
  var TYPE = 'distillation-timeline:height';
  // No timeline needs more; a frame that claims more (a bug, or a page it was navigated to)
  // must not push the rest of the article a mile down.
  var MAX_HEIGHT_PX = 20000;
  var frames = [];
  // [[frame width, height], ...] of the default embed, widths ascending; filled in at build time
  // by scripts/embed-heights.mjs from the bundled story.
  var START_HEIGHTS = [];
  // Parameters that change the layout the table was measured for; filled in at build time by
  // scripts/url-lists.ts from src/store/urlParams.ts.
  var OWN_LAYOUT = [];

  // The table's height for the widest measured width not above `width` (else the narrowest).
  function startHeight(url, width) {
    for (var i = 0; i < OWN_LAYOUT.length; i++) if (url.searchParams.has(OWN_LAYOUT[i])) return 0;
    var h = 0;
    for (var j = 0; j < START_HEIGHTS.length; j++) {
      if (j === 0 || START_HEIGHTS[j][0] <= width) h = START_HEIGHTS[j][1];
    }
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

  function create(div) {
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
