// Runs before the page paints (a blocking script in <head>, allowed by the CSP as 'self').
// The HTML carries a picture of the bundled story's default view; show it only where the app
// will draw that same view: no story file, no embed, no view or filter in the URL, light theme.
(function () {
  var params = new URLSearchParams(window.location.search);
  var other = false;
  params.forEach(function (_value, key) {
    if (key.indexOf('utm_') !== 0) other = true;
  });
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  if (other || dark) document.documentElement.classList.add('no-prerender');
})();
