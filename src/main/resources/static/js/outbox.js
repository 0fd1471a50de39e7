// Forms that must survive a bad network (an appeal, a screening at a forest plot, a survey answer, a quiz attempt at
// a weather station): a <form data-outbox> whose submission, when there is no network, waits in IndexedDB (fields,
// files and its requestToken) and is sent once the network returns, from any page that loads this script. The
// server answers a repeated requestToken with the same record, so a retry never makes two.
// The form says, in data-*: owner (the signed-in name: a shared phone never sends another's), done (a regex of the
// URL the server redirects to when it has taken the submission), queued / sent / invalid / signin (texts), and
// optionally draft (a localStorage key that keeps the fields while typing).
(function () {
  if (!window.indexedDB || !window.fetch || !window.Promise) return;
  var forms = [].slice.call(document.querySelectorAll('form[data-outbox]'));
  if (!forms.length) return;
  var owner = forms[0].dataset.owner, sending = false;

  function store(mode, use) {
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

  function say(text, cls, link) {
    var box = document.getElementById('messages'), p = document.createElement('p');
    if (!box || !text) return;
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

  function fields(form) {
    return [].filter.call(form.elements, function (el) {
      return el.name && el.type !== 'hidden' && el.type !== 'file' && el.type !== 'submit' && el.type !== 'button';
    });
  }

  function fill(form, values) {
    fields(form).forEach(function (el) {
      if (!(el.name in values)) return;
      var v = values[el.name];
      if (el.type === 'checkbox' || el.type === 'radio') el.checked = Array.isArray(v) ? v.indexOf(el.value) >= 0 : v === el.value;
      else if (!el.value) el.value = Array.isArray(v) ? v[0] : v;
    });
  }

  function values(form) {
    var all = {};
    fields(form).forEach(function (el) {
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) return;
      (all[el.name] = all[el.name] || []).push(el.value);
    });
    return all;
  }

  function freshToken(form) {
    if (form.elements.requestToken) {
      form.elements.requestToken.value = crypto.randomUUID ? crypto.randomUUID() : 'q' + Date.now() + Math.random();
    }
  }

  function queue(form, data) {
    var entries = [], d = form.dataset;
    data.forEach(function (value, name) { entries.push([name, value]); });
    return store('readwrite', function (s) {
      return s.put({token: data.get('requestToken'), owner: owner, action: form.action, entries: entries,
        done: d.done, sent: d.sent, invalid: d.invalid, signin: d.signin});
    }).then(function () {
      if (d.draft) localStorage.removeItem(d.draft);
      form.reset();
      freshToken(form);
      say(d.queued, 'ok');
    });
  }

  /** Sends one stored submission with this page's CSRF token; true when it needs no more sending. */
  function send(item) {
    var data = new FormData(), csrf = document.querySelector('meta[name=_csrf]');
    var header = document.querySelector('meta[name=_csrf_header]'), headers = {};
    item.entries.forEach(function (e) { data.append(e[0], e[1]); });
    if (csrf) {
      if (header) headers[header.content] = csrf.content;
      if (data.has('_csrf')) data.set('_csrf', csrf.content);
    }
    return fetch(item.action, {method: 'POST', body: data, headers: headers, credentials: 'same-origin'})
      .then(function (res) {
        if (res.redirected && new RegExp(item.done).test(res.url)) { say(item.sent, 'ok', res.url); return true; }
        if (res.redirected && /\/login/.test(res.url) || res.status === 401 || res.status === 403) {
          say(item.signin, 'error');
          return false;
        }
        if (res.status >= 500) return false;
        // refused as it stands (a rule, a closed deadline): give its fields back to the form it came from
        var form = forms.filter(function (f) { return f.action === item.action; })[0], back = {};
        item.entries.forEach(function (e) { if (typeof e[1] === 'string') (back[e[0]] = back[e[0]] || []).push(e[1]); });
        if (form) fill(form, back);
        say(item.invalid, 'error', form ? null : item.action);
        return true;
      });
  }

  function flush() {
    if (sending || !navigator.onLine) return;
    sending = true;
    store('readonly', function (s) { return s.getAll(); }).then(function (items) {
      return items.filter(function (i) { return i.owner === owner; }).reduce(function (previous, item) {
        return previous.then(function () { return send(item); }).then(function (done) {
          if (done) return store('readwrite', function (s) { return s.delete(item.token); });
        });
      }, Promise.resolve());
    }).catch(function () {}).then(function () { sending = false; });
  }

  forms.forEach(function (form) {
    var d = form.dataset, done = new RegExp(d.done);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      if (!navigator.onLine) { queue(form, data); return; }
      fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'}).then(function (res) {
        if (d.draft) localStorage.removeItem(d.draft);
        if (res.redirected && done.test(res.url)) location.assign(res.url);
        else form.submit(); // errors to show: the server renders them (same requestToken, so at most one record)
      }, function () { queue(form, data); });
    });
    if (d.draft) {
      var save = function () {
        var all = values(form);
        all.owner = owner;
        localStorage.setItem(d.draft, JSON.stringify(all));
      };
      form.addEventListener('input', save);
      form.addEventListener('change', save);
      var draft = JSON.parse(localStorage.getItem(d.draft) || 'null');
      if (draft && draft.owner === owner) fill(form, draft);
    }
  });
  window.addEventListener('online', flush);
  flush();
})();
