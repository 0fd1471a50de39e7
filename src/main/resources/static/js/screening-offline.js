// A screening filled where there is no network (a forest plot, a weather station): the submission — answers,
// photos and its requestToken — waits in IndexedDB and is sent when the network returns. The server answers a
// repeated requestToken with the same submission, so a retry never submits twice. Texts come from the form's data-*.
(function () {
  var form = document.getElementById('screening-form');
  if (!form || !window.indexedDB || !window.fetch) return;
  var owner = form.dataset.owner, sending = false, DONE = /\/relations\/screenings\/\d+\?submitted/;

  function say(text, cls, link) {
    var box = document.getElementById('messages'), p = document.createElement('p');
    p.className = 'flash ' + cls;
    p.textContent = text + (link ? ' ' : '');
    if (link) {
      var a = document.createElement('a');
      a.href = link;
      a.textContent = link.replace(/^https?:\/\/[^/]+/, '');
      p.appendChild(a);
    }
    box.appendChild(p);
  }

  function outbox(mode, use) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('workers-home-relations', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('screenings', {keyPath: 'token'}); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var tx = open.result.transaction('screenings', mode), request = use(tx.objectStore('screenings'));
        tx.oncomplete = function () { resolve(request.result); };
        tx.onerror = function () { reject(tx.error); };
      };
    });
  }

  function queue(data) {
    var entries = [];
    data.forEach(function (value, name) { entries.push([name, value]); });
    return outbox('readwrite', function (store) {
      return store.put({token: data.get('requestToken'), owner: owner, action: form.action, entries: entries});
    }).then(function () { say(form.dataset.queued, 'ok'); });
  }

  /** Sends one stored submission with this page's CSRF token; true when it needs no more sending. */
  function send(item) {
    var data = new FormData(), csrf = document.querySelector('meta[name=_csrf]');
    item.entries.forEach(function (e) { data.append(e[0], e[1]); });
    if (csrf) data.set('_csrf', csrf.content);
    return fetch(item.action, {method: 'POST', body: data, credentials: 'same-origin'}).then(function (res) {
      if (res.redirected && DONE.test(res.url)) { say(form.dataset.sent, 'ok', res.url); return true; }
      if (res.ok || res.status === 409) { say(form.dataset.invalid, 'error', item.action); return true; }
      say(form.dataset.signin, 'error');
      return false;
    });
  }

  function flush() {
    if (sending || !navigator.onLine) return;
    sending = true;
    outbox('readonly', function (store) { return store.getAll(); }).then(function (items) {
      return items.filter(function (i) { return i.owner === owner; }).reduce(function (previous, item) {
        return previous.then(function () { return send(item); }).then(function (done) {
          if (done) return outbox('readwrite', function (store) { return store.delete(item.token); });
        });
      }, Promise.resolve());
    }).catch(function () {}).then(function () { sending = false; });
  }

  form.addEventListener('submit', function (event) {
    if (navigator.onLine) return; // online: the plain form post, the server shows any errors
    event.preventDefault();
    queue(new FormData(form));
  });
  window.addEventListener('online', flush);
  flush();
})();
