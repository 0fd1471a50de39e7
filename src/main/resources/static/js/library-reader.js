// The reader: font size and night mode (kept on this device), and the reading position (kept by the server for
// the account). How far into the chapter the reader scrolled is sent as it changes and when the page is left;
// while offline it is queued in localStorage and sent when the network returns.
(function () {
  var reader = document.getElementById('reader');
  if (!reader) return;
  var book = reader.dataset.book, part = parseInt(reader.dataset.part, 10), url = reader.dataset.positionUrl;
  var csrf = document.querySelector('meta[name="_csrf"]');
  var QUEUE = 'library.positions';
  var scale = parseFloat(localStorage.getItem('library.scale') || '1');
  function apply() {
    reader.style.setProperty('--reader-scale', String(scale));
    reader.classList.toggle('night', localStorage.getItem('library.night') === '1');
  }
  apply();
  reader.querySelectorAll('[data-font]').forEach(function (b) {
    b.addEventListener('click', function () {
      scale = Math.min(2, Math.max(0.8, scale + 0.1 * parseInt(b.dataset.font, 10)));
      localStorage.setItem('library.scale', String(scale));
      apply();
    });
  });
  var night = reader.querySelector('[data-night]');
  if (night) night.addEventListener('click', function () {
    localStorage.setItem('library.night', localStorage.getItem('library.night') === '1' ? '0' : '1');
    apply();
  });

  function progress() {
    var page = document.getElementById('page');
    var top = page.getBoundingClientRect().top + window.scrollY;
    var span = page.offsetHeight - window.innerHeight;
    if (span <= 0) return 0;
    return Math.max(0, Math.min(1, (window.scrollY - top + window.innerHeight / 3) / span));
  }
  function queued() {
    try { return JSON.parse(localStorage.getItem(QUEUE) || '{}'); } catch (e) { return {}; }
  }
  function body(p) {
    var form = new URLSearchParams();
    form.set('part', p.part); form.set('progress', p.progress.toFixed(4)); form.set('at', p.at);
    if (csrf) form.set('_csrf', csrf.content);
    return form;
  }
  function send(p, leaving) {
    if (leaving && navigator.sendBeacon && navigator.onLine) {
      if (navigator.sendBeacon(p.url, body(p))) return Promise.resolve();
    }
    return fetch(p.url, { method: 'POST', body: body(p), credentials: 'same-origin' }).then(function (r) {
      if (!r.ok && r.status !== 400 && r.status !== 404) throw new Error(r.status);
    });
  }
  function report(leaving) {
    var p = { url: url, part: part, progress: progress(), at: Date.now() };
    var q = queued(); q[book] = p; localStorage.setItem(QUEUE, JSON.stringify(q));
    if (!navigator.onLine) return;
    send(p, leaving).then(function () {
      var now = queued(); if (now[book] && now[book].at === p.at) { delete now[book]; localStorage.setItem(QUEUE, JSON.stringify(now)); }
    }).catch(function () { /* kept in the queue */ });
  }
  function flush() {
    if (!navigator.onLine) return; // a request bound to fail may also hang and arrive after a newer one
    var q = queued();
    Object.keys(q).forEach(function (id) {
      send(q[id], false).then(function () {
        var now = queued(); if (now[id] && now[id].at === q[id].at) { delete now[id]; localStorage.setItem(QUEUE, JSON.stringify(now)); }
      }).catch(function () {});
    });
  }
  window.addEventListener('online', flush);
  flush();
  // a chapter opened offline (from the kept pages) is where the reader is now: queue that at once
  if (!navigator.onLine) report(false);

  // continue where the account left off, on whichever device
  var saved = parseFloat(reader.dataset.progress || '0');
  if (saved > 0 && !location.hash) {
    var page = document.getElementById('page');
    var go = function () {
      var top = page.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top + saved * Math.max(0, page.offsetHeight - window.innerHeight) - window.innerHeight / 3);
    };
    if (document.readyState === 'complete') go(); else window.addEventListener('load', go);
  }
  var timer = null;
  window.addEventListener('scroll', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { report(false); }, 800);
    var f = document.querySelector('#bookmark-form input[name=progress]');
    if (f) f.value = progress().toFixed(4);
  }, { passive: true });
  // Going to another part of this book: the server records that part when it is opened. A report of this page
  // sent while leaving would arrive after it and move the reader back, so none is sent then.
  var turning = false;
  reader.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (a && a.pathname === '/library/books/' + book + '/read') { turning = true; clearTimeout(timer); }
  });
  window.addEventListener('pagehide', function () { if (!turning) report(true); });
})();
