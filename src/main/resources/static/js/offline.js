// The appeal form on a bad network: a local draft while typing; with no network a submission waits in
// IndexedDB (fields, files and its requestToken) and is sent when the network returns. The server answers
// a repeated requestToken with the same appeal, so a retry never makes two. Texts come from the form's data-*.
(function () {
  var form = document.getElementById('appeal-form');
  if (!form || !window.indexedDB || !window.fetch) return;
  var DRAFT = 'wh.appeal.draft', owner = form.dataset.owner, sending = false;

  function fields() {
    return [].filter.call(form.elements, function (el) {
      return el.name && el.type !== 'hidden' && el.type !== 'file' && el.type !== 'submit';
    });
  }

  function fill(values) {
    fields().forEach(function (el) {
      if (!(el.name in values)) return;
      if (el.type === 'checkbox') el.checked = values[el.name] === true || values[el.name] === el.value;
      else if (!el.value) el.value = values[el.name];
    });
  }

  function saveDraft() {
    var values = {owner: owner};
    fields().forEach(function (el) { values[el.name] = el.type === 'checkbox' ? el.checked : el.value; });
    localStorage.setItem(DRAFT, JSON.stringify(values));
  }

  function say(text, cls, link) {
    var box = document.getElementById('messages'), p = document.createElement('p');
    p.className = 'flash ' + cls;
    p.textContent = text + (link ? ' ' : '');
    if (link) {
      var a = document.createElement('a');
      a.href = link;
      a.textContent = link.replace(/.*\/|\?.*/g, '');
      p.appendChild(a);
    }
    box.appendChild(p);
  }

  function outbox(mode, use) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('workers-home', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('outbox', {keyPath: 'token'}); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var tx = open.result.transaction('outbox', mode), request = use(tx.objectStore('outbox'));
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
    }).then(function () {
      localStorage.removeItem(DRAFT);
      form.reset();
      form.elements.requestToken.value = crypto.randomUUID ? crypto.randomUUID() : 'q' + Date.now() + Math.random();
      say(form.dataset.queued, 'ok');
    });
  }

  /** Sends one stored submission with this page's CSRF token; true when it needs no more sending. */
  function send(item) {
    var data = new FormData(), csrf = document.querySelector('meta[name=_csrf]');
    var header = document.querySelector('meta[name=_csrf_header]'), headers = {};
    item.entries.forEach(function (e) { data.append(e[0], e[1]); });
    if (csrf && header) {
      headers[header.content] = csrf.content;
      if (data.has('_csrf')) data.set('_csrf', csrf.content);
    }
    return fetch(item.action, {method: 'POST', body: data, headers: headers, credentials: 'same-origin'})
      .then(function (res) {
        var done = res.redirected && /\/appeals\/SQ[0-9-]+/.test(res.url);
        if (done) say(form.dataset.sent, 'ok', res.url);
        else if (res.ok && !res.redirected) {
          var values = {};
          item.entries.forEach(function (e) { if (typeof e[1] === 'string') values[e[0]] = e[1]; });
          fill(values);
          say(form.dataset.invalid, 'error');
          return true;
        } else say(form.dataset.signin, 'error');
        return done;
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
    event.preventDefault();
    var data = new FormData(form);
    if (!navigator.onLine) { queue(data); return; }
    fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'}).then(function (res) {
      localStorage.removeItem(DRAFT);
      if (res.redirected && /\/appeals\/SQ[0-9-]+/.test(res.url)) location.assign(res.url);
      else form.submit(); // errors to show: the server renders them (same requestToken, so at most one appeal)
    }, function () { queue(data); });
  });
  form.addEventListener('input', saveDraft);
  form.addEventListener('change', saveDraft);
  window.addEventListener('online', flush);

  var draft = JSON.parse(localStorage.getItem(DRAFT) || 'null');
  if (draft && draft.owner === owner) fill(draft);
  flush();
})();
