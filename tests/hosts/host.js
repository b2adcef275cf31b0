// Shared by the host pages, run before any embed code:
//   ?w=320          column width in px (default 768)
//   ?src=URL        child URL for every frame (default: the app, /graphics/distillation/?embed=1)
//   ?src1=, ?src2=  child URL for the first / second frame only
(function () {
  var params = new URLSearchParams(location.search);
  var width = parseInt(params.get('w') || '', 10);
  var column = document.getElementById('column');
  if (column && width > 0) column.style.width = width + 'px';

  var embeds = document.querySelectorAll('[data-timeline-embed], [data-host-src]');
  for (var i = 0; i < embeds.length; i++) {
    var el = embeds[i];
    var src = params.get('src' + (i + 1)) || params.get('src');
    if (el.hasAttribute('data-host-src')) {
      el.setAttribute('src', src || el.getAttribute('data-host-src'));
    } else if (src) {
      el.setAttribute('data-src', src);
    }
  }
})();

/** Used by pym.html: the child URL from ?src= or the app. */
window.hostChildUrl = function () {
  return new URLSearchParams(location.search).get('src') || '/graphics/distillation/?embed=1';
};
