// Sends the CSRF token with every htmx request that changes something.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && event.detail.verb !== 'get') {
    event.detail.headers[header.content] = token.content;
  }
});

// Installable, and readable offline: the manifest and the service worker (scope: the whole site).
(function () {
  document.addEventListener('submit', function (event) {
    if (event.target.matches('form.logout')) {
      localStorage.removeItem('wh.appeal.draft'); // the next person on this phone must not see it
    }
  });
  if (!('serviceWorker' in navigator)) return;
  var firstVisit = !navigator.serviceWorker.controller;
  navigator.serviceWorker.register('/sw.js').then(function () {
    return navigator.serviceWorker.ready;
  }).then(function (registration) {
    var urls = [].map.call(document.querySelectorAll('link[rel=stylesheet], script[src]'), function (el) {
      return el.href || el.src;
    });
    if (firstVisit) urls.push(location.href); // this page came before the worker could keep it
    registration.active.postMessage({cache: urls});
  }).catch(function () {});
})();
