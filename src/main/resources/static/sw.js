// Workers' Home service worker: reading and appeal drafts keep working on a broken network.
// Pages: network first, the last copy when offline, else the offline page. Versioned assets: cache first.
// Never cached: anything but GET, /api/, sign-in pages and the admin pages that show personal data.
var SHELL = 'shell-v1', PAGES = 'pages', ASSETS = 'assets', OFFLINE = '/offline.html';
var PRIVATE = /^\/(api|login|logout|members|accounts|audit-log)(\/|$)/;
var VERSIONED = /^\/webjars\/|-[0-9a-f]{32}\.\w+$/;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL)
    .then(function (cache) { return cache.addAll([OFFLINE, '/css/app.css', '/img/icon.svg']); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('shell-') === 0 && k !== SHELL; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

// A page tells which assets it uses (the app shell, with their versioned names) and, on a first visit, itself.
self.addEventListener('message', function (event) {
  var urls = (event.data && event.data.cache) || [];
  event.waitUntil(Promise.all(urls.map(function (u) {
    var url = new URL(u, location.href);
    if (url.origin !== location.origin || PRIVATE.test(url.pathname)) return null;
    return fetch(url, {credentials: 'same-origin'}).then(function (res) { return keep(url, res); }).catch(function () {});
  })));
});

self.addEventListener('fetch', function (event) {
  var req = event.request, url = new URL(req.url);
  if (url.origin !== location.origin || url.pathname.indexOf('/api/') === 0) return;
  if (url.pathname === '/logout') { event.waitUntil(caches.delete(PAGES)); return; }
  if (req.method !== 'GET') return;
  var open = !PRIVATE.test(url.pathname);
  if (req.mode === 'navigate') {
    var page = fetch(req);
    if (open) event.waitUntil(page.then(function (res) { return keep(url, res.clone()); }, function () {}));
    event.respondWith(page.catch(function () {
      return (open ? caches.match(req, {ignoreVary: true}) : Promise.resolve()).then(function (hit) {
        return hit || caches.match(OFFLINE);
      });
    }));
  } else if (VERSIONED.test(url.pathname)) {
    event.respondWith(caches.match(req, {ignoreVary: true}).then(function (hit) {
      return hit || fetch(req).then(function (res) { keep(url, res.clone()); return res; });
    }));
  } else if (/^\/(css|js|img)\//.test(url.pathname)) {
    event.respondWith(fetch(req).catch(function () { return caches.match(req, {ignoreVary: true}); }));
  }
});

/** Stores a good, non-redirected answer: HTML in the page cache, versioned assets in the asset cache. */
function keep(url, res) {
  if (!res.ok || res.redirected || res.type !== 'basic') return;
  var html = (res.headers.get('Content-Type') || '').indexOf('text/html') === 0;
  if (html || VERSIONED.test(url.pathname)) {
    return caches.open(html ? PAGES : ASSETS).then(function (cache) { return cache.put(url, res); });
  }
}
