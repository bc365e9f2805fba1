// Filters and sorts the control catalogue in the browser. Without it the table still lists every
// control. A filter takes several values (any of them matches); filters of different fields all
// apply. They are kept in the address (#service=lambda,s3&level=baseline), so a filtered view can
// be bookmarked or shared; a repeated field (service=lambda&service=s3, as older links wrote
// several) reads the same. What the address holds that no filter offers is named, as text, and
// ignored.
(function () {
  'use strict';
  var table = document.getElementById('catalogue');
  var form = document.getElementById('catalogue-filters');
  if (!table || !form) return;
  form.hidden = false;

  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  // the filters the page offers: a field no control has a value of has none
  var fields = ['area', 'level', 'severity', 'responsibility', 'service', 'status']
    .filter(function (f) { return document.getElementById('f-' + f); });
  var boxes = {};
  var choices = {};
  fields.forEach(function (f) {
    choices[f] = document.getElementById('f-' + f);
    boxes[f] = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name="' + f + '"]'));
  });
  var text = document.getElementById('f-text');
  var count = document.getElementById('f-count');
  var unknown = document.getElementById('f-unknown');

  // read every row once: 10,000 rows are filtered from these arrays, not from the DOM.
  // Severity, responsibility and status are the text of the column named for them; levels are
  // every level a control has work at (data-levels, where its requirements go above its own).
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
      level: ' ' + (r.getAttribute('data-levels') || cell('level')) + ' ',
      severity: cell('severity'),
      responsibility: cell('responsibility'),
      status: cell('status'),
      service: r.getAttribute('data-services') || ' '
    };
  });

  function chosen(f) {
    return boxes[f].filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  }

  function matches(d, want, words) {
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      var values = want[f];
      if (!values.length) continue;
      var any = false;
      for (var v = 0; v < values.length && !any; v++) {
        any = f === 'service' || f === 'level' ? d[f].indexOf(' ' + values[v] + ' ') >= 0 : d[f] === values[v];
      }
      if (!any) return false;
    }
    for (var j = 0; j < words.length; j++) if (d.text.indexOf(words[j]) < 0) return false;
    return true;
  }

  // the summary of a filter names what it shows: "All services", or the chosen ones
  function summarise(f) {
    var value = choices[f].querySelector('.choice-value');
    var names = boxes[f].filter(function (b) { return b.checked; })
      .map(function (b) { return b.parentNode.textContent.trim(); });
    value.textContent = names.length ? names.join(', ') : value.getAttribute('data-any');
    value.title = names.length > 1 ? names.join(', ') : '';   // the whole choice, where the box cuts it
    choices[f].classList.toggle('chosen', names.length > 0);
  }

  function apply(remember) {
    var want = {};
    fields.forEach(function (f) { want[f] = chosen(f); summarise(f); });
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

  // #q=words&service=lambda,s3&level=baseline: commas as they are, so the address reads as it is shared
  function rememberFilters(want) {
    var parts = [];
    if (text.value.trim()) parts.push('q=' + encodeURIComponent(text.value.trim()));
    fields.forEach(function (f) {
      if (want[f].length) parts.push(f + '=' + want[f].map(encodeURIComponent).join(','));
    });
    var hash = parts.join('&');
    try {
      history.replaceState(null, '', location.pathname + location.search + (hash ? '#' + hash : ''));
    } catch (e) { /* some file:// setups refuse; the filters still work */ }
  }

  function restoreFilters() {
    // the address is the state: what the browser restored on a reload (an older choice) goes first
    text.value = '';
    fields.forEach(function (f) { boxes[f].forEach(function (b) { b.checked = false; }); });
    var hash = location.hash.slice(1);
    if (hash.indexOf('=') < 0) return;
    var params = new URLSearchParams(hash);
    var ignored = [];
    params.forEach(function (value, key) {
      if (key === 'q') { text.value = value; return; }
      if (fields.indexOf(key) < 0) { ignored.push(key + '=' + value); return; }
      value.split(',').forEach(function (v) {
        v = v.trim();
        if (!v) return;
        var box = boxes[key].filter(function (b) { return b.value === v; })[0];
        if (box) box.checked = true; else ignored.push(key + ' “' + v + '”');
      });
    });
    // said as text, never as markup: the address is anyone's to write
    unknown.hidden = !ignored.length;
    unknown.textContent = ignored.length ? 'Not understood in the address, and ignored: ' + ignored.join(', ') + '.' : '';
  }

  var pending;
  form.addEventListener('input', function () { clearTimeout(pending); pending = setTimeout(function () { apply(true); }, 60); });
  // a change is applied at once: a pending timer of earlier typing would write an older state
  form.addEventListener('change', function () { clearTimeout(pending); apply(true); });
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(pending); apply(true); });
  // an address edited by hand, or a link to another filtered view of this page
  window.addEventListener('hashchange', function () { clearTimeout(pending); restoreFilters(); apply(false); });
  form.addEventListener('reset', function () {
    setTimeout(function () { unknown.hidden = true; apply(true); }, 0);
  });
  // one filter open at a time; Escape closes it and gives the focus back to its summary
  fields.forEach(function (f) {
    choices[f].addEventListener('toggle', function () {
      if (!choices[f].open) return;
      fields.forEach(function (o) { if (o !== f) choices[o].open = false; });
    });
    choices[f].addEventListener('keydown', function (e) {
      if (e.key !== 'Escape' || !choices[f].open) return;
      e.preventDefault();
      choices[f].open = false;
      choices[f].querySelector('summary').focus();
    });
  });

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
        if (rank[kind]) t = t.split(' ')[0]; // "baseline +advanced" sorts with baseline
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
