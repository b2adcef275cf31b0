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
    var code = langs[i].toLowerCase().split(/[-_]/)[0];
    if (UI_LANGS.indexOf(code) >= 0) {
      if (code !== 'en') other = true;
      break;
    }
  }
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  if (other || dark) document.documentElement.classList.add('no-prerender');
  // The chunks that load a story, fetched beside the app's own code instead of after it has
  // run: filled in at build time (vite.config.ts, modulePreloads).
  var LOADER = [];
  if (params.get('data'))
    for (var j = 0; j < LOADER.length; j++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = './' + LOADER[j];
      document.head.appendChild(link);
    }
  // The reader's language's words (src/i18n/load.ts), fetched beside the app's code instead of
  // after it has run: the language src/i18n/choose.ts picks before a story is known, `?lang=`,
  // else (not in an embed, which speaks its story's language) the first browser language the
  // interface has. The chunks' hashes filled in at build time (vite.config.ts, modulePreloads).
  var CATALOGS = {};
  var chosen = params.get('lang');
  if (chosen === null && !params.has('embed'))
    for (var k = 0; k < langs.length && chosen === null; k++)
      if (UI_LANGS.indexOf(catalogCode(langs[k])) >= 0) chosen = langs[k];
  var words = chosen === null ? '' : catalogCode(chosen);
  if (CATALOGS[words]) {
    var preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.crossOrigin = '';
    preload.href = './assets/' + words + '-' + CATALOGS[words] + '.js';
    document.head.appendChild(preload);
  }
  // A ?data= story on this site starts downloading now, while the app's code loads
  // (src/data/prefetch.ts takes it over); one on another site waits for the app's checks.
  try {
    var url = new URL(params.get('data') || '', location.href);
    if (params.get('data') && url.origin === location.origin) {
      var response = fetch(url, { credentials: 'same-origin' });
      response.catch(function () {});
      window.__storyFetch = { href: url.href, response: response };
    }
  } catch {
    // A malformed address: the app says what is wrong with it.
  }
  // src/i18n/languages.ts's catalogCode: Chinese in traditional characters (zh-Hant, and
  // Taiwan's, Hong Kong's and Macao's without a script) is zh-Hant; else the primary subtag.
  function catalogCode(tag) {
    var t = String(tag).trim();
    if (/^zh[-_](?!.*hans)(.*[-_])?(hant|tw|hk|mo)([-_]|$)/i.test(t)) return 'zh-Hant';
    return t.toLowerCase().split(/[-_]/)[0];
  }
})();

// While the app's code downloads, the page's main thread waits. Two costs every first render
// pays are paid then instead: the first Intl formatter loads ICU's data (about 35 ms), and the
// first text laid out in the page's fonts looks them up (about 30 ms). Not where the build-time
// picture is shown: this frame comes while the page is still parsed, before the picture, so the
// timer would hold the picture's first paint back by the ICU load (painted 256 → 204 ms without
// it); there the app's first render pays it, after the picture is on screen.
requestAnimationFrame(function () {
  setTimeout(function () {
    // Where the app has drawn already, a probe would only cost a layout of its page.
    var root = document.getElementById('root');
    var drawn = root && root.querySelector(':scope > :not(.prerender)');
    if (!document.documentElement.classList.contains('no-prerender') || drawn) return;
    try {
      new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
    } catch {
      // no Intl: the app says nothing of it either
    }
    var probe = document.createElement('div');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;top:0';
    var serif = document.createElement('b');
    serif.style.fontFamily = 'var(--serif)';
    serif.textContent = 'Aa 1';
    probe.appendChild(document.createTextNode('Aa 1 '));
    probe.appendChild(serif);
    document.body.appendChild(probe);
    void probe.offsetWidth;
    probe.remove();
  }, 0);
});

// A tap on the picture before the app has taken over is not lost: the mark shows it chosen at
// once, and the app opens its details when it draws (src/hooks/usePictureChoice.ts). The
// picture is inert (no focus, no hit testing), so the tap is matched to a mark by position.
document.addEventListener(
  'click',
  function (e) {
    // What the app's hit test would find: the last-drawn part of a mark under the finger (not
    // the hairline leading to its label, whose box spans other marks).
    var parts = document.querySelectorAll('.prerender [data-event-id] > :not(.mark-leader)');
    var best = null;
    for (var i = 0; i < parts.length; i++) {
      var r = parts[i].getBoundingClientRect();
      if (r.width * r.height > 0 && e.clientX >= r.left && e.clientX <= r.right)
        if (e.clientY >= r.top && e.clientY <= r.bottom) best = parts[i].parentNode;
    }
    if (!best) return;
    var id = best.getAttribute('data-event-id');
    var marks = document.querySelectorAll('.prerender [data-event-id]');
    window.__pictureChoice = id;
    for (var j = 0; j < marks.length; j++)
      marks[j].classList.toggle('is-selected', marks[j].getAttribute('data-event-id') === id);
  },
  true,
);

// Where the picture is hidden, a core chunk that fails to download (offline, or a deploy while
// the page was open) would leave a blank page: the app never runs to say so. Then the Reload
// page is drawn here instead, in the reader's language, as src/components/ReloadPage.tsx does.
(function () {
  // [code, lang attribute, direction, heading, text, button]: English, filled in at build time
  // (scripts/url-lists.ts, from src/i18n/messages/); the other languages are in
  // reload-words.json, fetched only when the page is drawn here.
  var RELOAD = [];
  function wanted() {
    var codes = [new URLSearchParams(window.location.search).get('lang') || ''];
    var langs = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < langs.length; i++) codes.push(langs[i]);
    return codes.map(function (c) {
      return c.toLowerCase() + '-';
    });
  }
  // A tag picks the first code it starts with, each code ending in "-": reload-words.json lists
  // the longer first (zh-hant-, zh-tw-, zh-hk-, zh-mo-: Traditional), so zh-TW reads 繁體, and
  // zh-CN and de-AT read zh- and de-.
  function pick(list) {
    var codes = wanted();
    for (var j = 0; j < codes.length; j++)
      for (var k = 0; k < list.length; k++) if (!codes[j].indexOf(list[k][0])) return list[k];
    return list[0];
  }
  function draw(main, w) {
    main.lang = w[1];
    main.dir = w[2];
    main.children[0].textContent = w[3];
    main.children[1].textContent = w[4];
    main.children[2].textContent = w[5];
  }
  // Draws the Reload page; false where it cannot (no words, no root). The app calls it too
  // (src/main.tsx) when the reader's language could not be downloaded: it has no words of
  // that language to say so in itself.
  function drawReload() {
    var root = document.getElementById('root');
    if (!RELOAD.length || !root) return false;
    if (root.querySelector('.reload-fallback')) return true;
    var main = document.createElement('main');
    main.className = 'page error-page reload-fallback';
    var h1 = document.createElement('h1');
    var p = document.createElement('p');
    p.setAttribute('role', 'alert');
    var button = document.createElement('button');
    button.type = 'button';
    button.addEventListener('click', function () {
      window.location.reload();
    });
    main.appendChild(h1);
    main.appendChild(p);
    main.appendChild(button);
    draw(main, RELOAD[0]);
    fetch('reload-words.json')
      .then(function (r) {
        return r.json();
      })
      .then(function (list) {
        draw(main, pick(list));
      })
      .catch(function () {});
    // The picture's markup stays (hidden); the notice goes before it.
    root.insertBefore(main, root.firstChild);
    return true;
  }
  window.__drawReload = drawReload;
  window.addEventListener(
    'error',
    function (e) {
      // A script's or a preload's load failure (not an exception): the event's target is the
      // element, and it does not bubble, so it is caught on the way down.
      var el = e.target;
      var failed =
        el &&
        ((el.tagName === 'SCRIPT' && el.type === 'module') ||
          (el.tagName === 'LINK' && el.rel === 'modulepreload'));
      if (!failed || !document.documentElement.classList.contains('no-prerender')) return;
      var root = document.getElementById('root');
      // Once the app has drawn (the picture replaced), its own Reload page answers for parts.
      if (root && root.childElementCount > 0 && !root.querySelector('.prerender')) return;
      drawReload();
    },
    true,
  );
})();
