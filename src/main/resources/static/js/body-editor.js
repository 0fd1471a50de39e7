/*
 * The newsroom's body editor: Quill over the body textarea. Without JavaScript (or without Quill) the textarea
 * stays as it is. The server sanitises whatever arrives, so this only has to produce the tags it allows.
 */
(function () {
  'use strict';
  var field = document.getElementById('body-field');
  if (!field || !window.Quill) return;
  var textarea = field.querySelector('textarea[name=body]');
  var toolbar = field.querySelector('.editor-toolbar');
  var toggle = toolbar.querySelector('.source-toggle');
  var form = textarea.form;
  // what the visual editor can hold without losing anything; anything else keeps the HTML source open
  var SUPPORTED = /^(P|BR|H2|H3|STRONG|B|EM|I|OL|UL|LI|A|BLOCKQUOTE|IMG)$/;

  var host = document.createElement('div');
  host.className = 'body-editor';
  textarea.parentNode.insertBefore(host, textarea);
  var quill = new Quill(host, {
    formats: ['header', 'bold', 'italic', 'list', 'link', 'blockquote', 'image', 'width', 'height', 'alt'],
    modules: {toolbar: {container: toolbar, handlers: {link: link, image: showPictures}}}
  });
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  quill.root.setAttribute('aria-label', field.querySelector('label').textContent);
  var lastIndex = 0;
  var visual = false;

  function representable(html) {
    var doc = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
    return Array.prototype.every.call(doc.body.querySelectorAll('*'), function (el) {
      return SUPPORTED.test(el.tagName);
    });
  }

  function html() {
    var empty = quill.getText().trim() === '' && !quill.root.querySelector('img');
    return empty ? '' : quill.root.innerHTML;
  }

  function showVisual() {
    quill.setContents(quill.clipboard.convert(textarea.value), 'silent');
    quill.history.clear();
    visual = true;
    host.hidden = false;
    textarea.hidden = true;
    textarea.required = false; // a hidden required field would block the submit without a word; the server checks
    toggle.textContent = field.dataset.source;
    setButtons(true);
  }

  function showSource() {
    if (visual) textarea.value = html();
    visual = false;
    host.hidden = true;
    textarea.hidden = false;
    textarea.required = true;
    toggle.textContent = field.dataset.visual;
    setButtons(false);
  }

  function setButtons(on) {
    Array.prototype.forEach.call(toolbar.querySelectorAll('button'), function (b) {
      if (b !== toggle) b.disabled = !on;
    });
    Array.prototype.forEach.call(document.querySelectorAll('.insert-picture'), function (b) { b.hidden = !on; });
  }

  function link(value) {
    if (!value) {
      quill.format('link', false, 'user');
      return;
    }
    var range = quill.getSelection(true);
    if (!range || range.length === 0) {
      window.alert(field.dataset.selectText);
      return;
    }
    var url = (window.prompt(field.dataset.linkPrompt, 'https://') || '').trim();
    if (/^(https?:\/\/\S+|\/\S*)$/.test(url)) quill.formatText(range.index, range.length, 'link', url, 'user');
  }

  function showPictures() {
    var first = document.querySelector('.insert-picture');
    document.getElementById('article-pictures').scrollIntoView({block: 'center'});
    if (first) first.focus();
    else window.alert(field.dataset.noPictures);
  }

  quill.on('selection-change', function (range) { if (range) lastIndex = range.index; });
  quill.on('text-change', function () { textarea.value = html(); });
  Array.prototype.forEach.call(document.querySelectorAll('.insert-picture'), function (button) {
    button.addEventListener('click', function () {
      var at = Math.min(lastIndex, quill.getLength() - 1);
      quill.insertEmbed(at, 'image', button.dataset.src, 'user');
      quill.formatText(at, 1, {width: button.dataset.width, height: button.dataset.height, alt: ''}, 'user');
      quill.setSelection(at + 1, 0, 'user');
    });
  });
  toggle.addEventListener('click', function () {
    if (visual) showSource();
    else if (representable(textarea.value) || window.confirm(field.dataset.unsupportedConfirm)) showVisual();
  });
  form.addEventListener('submit', function () { if (visual) textarea.value = html(); });

  toolbar.hidden = false;
  if (representable(textarea.value)) {
    showVisual();
  } else {
    showSource();
    var note = document.createElement('p');
    note.className = 'flash';
    note.textContent = field.dataset.unsupported;
    toolbar.parentNode.insertBefore(note, toolbar);
  }
})();
