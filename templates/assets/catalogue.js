// Filters and sorts the control catalogue in the browser; the table is complete without it.
(function () {
  'use strict';
  var table = document.getElementById('catalogue');
  var form = document.getElementById('catalogue-filters');
  if (!table || !form) return;
  form.hidden = false;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var fields = ['area', 'level', 'severity', 'responsibility', 'service', 'status'];
  var inputs = {};
  fields.forEach(function (f) { inputs[f] = document.getElementById('f-' + f); });
  var text = document.getElementById('f-text');
  var count = document.getElementById('f-count');
  var haystack = rows.map(function (r) { return (r.cells[0].textContent + ' ' + r.cells[1].textContent).toLowerCase(); });

  function apply() {
    var q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (r, i) {
      var ok = !q || haystack[i].indexOf(q) >= 0;
      fields.forEach(function (f) {
        var v = inputs[f].value;
        if (!ok || !v) return;
        if (f === 'service') ok = r.getAttribute('data-services').indexOf(' ' + v + ' ') >= 0;
        else ok = r.getAttribute('data-' + f) === v;
      });
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' controls';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  var order = { critical: 0, high: 1, medium: 2, low: 3, baseline: 0, standard: 1, advanced: 2 };
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var key = function (r) { var t = r.cells[col].textContent.trim(); return t in order ? String(order[t]) : t; };
      var sorted = rows.slice().sort(function (a, b) {
        var c = key(a).localeCompare(key(b), undefined, { numeric: true });
        return asc ? c : -c;
      });
      var body = table.tBodies[0];
      sorted.forEach(function (r) { body.appendChild(r); });
    });
  });
  apply();
})();
