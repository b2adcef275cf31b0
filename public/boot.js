// Runs before the page paints (a blocking script in <head>, allowed by the CSP as 'self').
// The HTML carries a picture of the bundled story's default view; show it only where the app
// will draw that same view: no story file, no embed, no view or filter in the URL, light theme,
// English.
(function () {
  var params = new URLSearchParams(window.location.search);
  var other = false;
  params.forEach(function (_value, key) {
    if (key.indexOf('utm_') !== 0) other = true;
  });
  // A reader whose browser asks for another language the interface has gets the page in it:
  // not the English picture. Filled in at build time (scripts/url-lists.ts, from
  // src/i18n/languages.ts).
  var UI_LANGS = [];
  var langs = navigator.languages || [navigator.language || ''];
  for (var i = 0; i < langs.length; i++) {
    var code = String(langs[i]).toLowerCase().split(/[-_]/)[0];
    if (UI_LANGS.indexOf(code) >= 0) {
      if (code !== 'en') other = true;
      break;
    }
  }
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  if (other || dark) document.documentElement.classList.add('no-prerender');
})();
