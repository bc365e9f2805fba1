// Filters and sorts the control catalogue in the browser. Without it the table still lists
// every control. The filters are kept in the address (#level=baseline&service=s3), so a
// filtered view can be bookmarked or shared.
(function () {
  'use strict';
  var table = document.getElementById('catalogue');
  var form = document.getElementById('catalogue-filters');
  if (!table || !form) return;
  form.hidden = false;

  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var fields = ['area', 'level', 'severity', 'responsibility', 'service', 'status'];
  var inputs = {};
  fields.forEach(function (f) { inputs[f] = document.getElementById('f-' + f); });
  var text = document.getElementById('f-text');
  var count = document.getElementById('f-count');

  // read every row once: 10,000 rows are filtered from these arrays, not from the DOM.
  // Level, severity, responsibility and status are the text of the column named for them.
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var column = {};
  headers.forEach(function (th, i) { column[th.getAttribute('data-sort')] = i; });
  var data = rows.map(function (r) {
    var cell = function (name) { return name in column ? r.cells[column[name]].textContent.trim() : ''; };
    return {
      row: r,
      shown: true,
      text: (r.cells[0].textContent + ' ' + r.cells[1].textContent).toLowerCase(),
      area: r.getAttribute('data-area'),
      level: cell('level'),
      severity: cell('severity'),
      responsibility: cell('responsibility'),
      status: cell('status'),
      service: r.getAttribute('data-services') || ' '
    };
  });

  function matches(d, want, words) {
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      var v = want[f];
      if (!v) continue;
      if (f === 'service' ? d.service.indexOf(' ' + v + ' ') < 0 : d[f] !== v) return false;
    }
    for (var j = 0; j < words.length; j++) if (d.text.indexOf(words[j]) < 0) return false;
    return true;
  }

  function apply(remember) {
    var want = {};
    fields.forEach(function (f) { want[f] = inputs[f].value; });
    var words = text.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    data.forEach(function (d) {
      var ok = matches(d, want, words);
      if (ok !== d.shown) { d.row.hidden = !ok; d.shown = ok; }
      if (ok) shown++;
    });
    count.textContent = shown === data.length ? 'Showing all ' + data.length + ' controls'
      : 'Showing ' + shown + ' of ' + data.length + ' controls';
    if (remember) rememberFilters(want);
  }

  function rememberFilters(want) {
    var params = new URLSearchParams();
    if (text.value.trim()) params.set('q', text.value.trim());
    fields.forEach(function (f) { if (want[f]) params.set(f, want[f]); });
    var hash = params.toString();
    try {
      history.replaceState(null, '', location.pathname + location.search + (hash ? '#' + hash : ''));
    } catch (e) { /* some file:// setups refuse; the filters still work */ }
  }

  function restoreFilters() {
    var hash = location.hash.slice(1);
    if (hash.indexOf('=') < 0) return;
    var params = new URLSearchParams(hash);
    if (params.get('q')) text.value = params.get('q');
    fields.forEach(function (f) {
      var v = params.get(f);
      if (v && Array.prototype.some.call(inputs[f].options, function (o) { return o.value === v; })) inputs[f].value = v;
    });
  }

  var pending;
  form.addEventListener('input', function () { clearTimeout(pending); pending = setTimeout(function () { apply(true); }, 60); });
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(true); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });

  // ---- sorting: each column header becomes a button; aria-sort says the order
  var rank = {
    level: { baseline: 0, standard: 1, advanced: 2 },
    severity: { critical: 0, high: 1, medium: 2, low: 3, '': 4 },
    responsibility: { customer: 0, shared: 1, provider: 2, '': 3 },
    status: { active: 0, deprecated: 1, draft: 2 }
  };
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  var original = data.slice();
  headers.forEach(function (th, col) {
    var kind = th.getAttribute('data-sort') || 'text';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var keyed = original.map(function (d, i) {
        var t = d.row.cells[col].textContent.trim();
        return { d: d, i: i, k: rank[kind] ? (t in rank[kind] ? rank[kind][t] : 9) : t };
      });
      keyed.sort(function (a, b) {
        var c = typeof a.k === 'number' ? a.k - b.k : collator.compare(a.k, b.k);
        if (!ascending) c = -c;
        return c || a.i - b.i;
      });
      var fragment = document.createDocumentFragment();
      keyed.forEach(function (x) { fragment.appendChild(x.d.row); });
      body.appendChild(fragment);
      var live = document.getElementById('live');
      if (live) live.textContent = 'Sorted by ' + button.textContent + (ascending ? ', ascending' : ', descending');
    });
  });

  restoreFilters();
  apply(false);
})();
