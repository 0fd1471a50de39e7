// "Keep for offline": asks the service worker (sw.js) to fetch the book's page and every chapter page into its
// page cache, then counts what is there. Offline, the reader opens those pages from the cache; the position read
// there is queued by library-reader.js and sent when the network returns.
(function () {
  var box = document.getElementById('offline');
  if (!box || !('serviceWorker' in navigator) || !window.caches) return;
  box.hidden = false;
  var base = box.dataset.base, parts = parseInt(box.dataset.parts, 10), note = box.querySelector('span');
  var urls = [base, base + '/read'];
  var assets = (box.dataset.assets || '').split(' ').filter(Boolean);
  for (var i = 0; i < parts; i++) urls.push(base + '/read?part=' + i);
  function count() {
    return caches.open('pages').then(function (c) {
      return Promise.all(urls.slice(2).map(function (u) { return c.match(new URL(u, location.href).href, {ignoreVary: true}); }));
    }).then(function (hits) { return hits.filter(Boolean).length; });
  }
  function show(n) { if (n > 0) note.textContent = box.dataset.kept.replace('{0}', n).replace('{1}', parts); }
  count().then(show);
  box.querySelector('button').addEventListener('click', function () {
    navigator.serviceWorker.ready.then(function (registration) {
      registration.active.postMessage({cache: urls.concat(assets)});
      var tries = 0;
      (function poll() {
        count().then(function (n) { show(n); if (n < parts && ++tries < 20) setTimeout(poll, 500); });
      })();
    });
  });
})();
