// Skip logic on the survey form: a question with data-show-if-question is shown only while that question is shown
// and one of its checked answers equals data-show-if-answer. The server decides the same again and drops the answers
// of skipped questions; without JavaScript every question is shown.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('answer-form');
  if (!form) {
    return;
  }
  var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'));
  function values(id) {
    var set = form.querySelector('fieldset[data-question="' + id + '"]');
    if (!set || set.hidden) {
      return [];
    }
    return Array.prototype.slice.call(set.querySelectorAll('input:checked')).map(function (i) { return i.value; });
  }
  function apply() {
    questions.forEach(function (q) {
      var on = q.getAttribute('data-show-if-question');
      if (on) {
        q.hidden = values(on).indexOf(q.getAttribute('data-show-if-answer')) < 0;
        q.disabled = q.hidden;
      }
    });
  }
  form.addEventListener('change', apply);
  apply();
});
