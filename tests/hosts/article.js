// The article host page (article.html). Loaded in <head>, so the column has its width before
// the first paint:
//   ?w=343            column width in px (default 768; the column never exceeds the window)
//   ?src=URL          the view URL (default: the app); embed.js adds embed=1 itself
//   ?dark=1           a dark site: light text on a near-black page
//   ?mode=iframe      the plain iframe code instead of the embed.js snippet (embed.js then finds
//                     no div and does nothing), with ?height=N as its height (default 640)
(function () {
  var params = new URLSearchParams(location.search);
  var width = parseInt(params.get('w') || '', 10);
  if (width > 0) {
    var style = document.createElement('style');
    style.textContent = '.column { width: ' + width + 'px; }';
    document.head.appendChild(style);
  }
  if (params.get('dark') === '1') {
    var dark = document.createElement('style');
    dark.textContent = 'body { background: #1b1d22; color: #ddd; color-scheme: dark; }';
    document.head.appendChild(dark);
  }
  // Run right after the embed's div, before embed.js.
  window.articleEmbed = function () {
    var slot = document.getElementById('slot');
    var src = params.get('src');
    if (params.get('mode') !== 'iframe') {
      if (src) slot.setAttribute('data-src', src);
      return;
    }
    var frame = document.createElement('iframe');
    frame.setAttribute('src', src || '/graphics/distillation/?embed=1');
    frame.setAttribute('title', 'Timeline: the fight over AI distillation attacks');
    frame.setAttribute('height', params.get('height') || '640');
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('style', 'width:100%;border:0');
    slot.parentNode.replaceChild(frame, slot);
  };
})();
