// The baseline checklist: ticks kept in this browser per standard and version (a new version
// starts a fresh checklist), progress per area and overall, a filter to unticked items, the
// ticked state as CSV, and a printout to sign off.
(function () {
  'use strict';
  var body = document.body;
  var tools = document.getElementById('checklist-tools');
  if (!tools) return;
  var standard = body.getAttribute('data-standard');
  var version = body.getAttribute('data-version');
  var key = 'bulwark-baseline:' + standard + ':' + version;
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.check-item input[type=checkbox][data-id]'));
  var areas = Array.prototype.slice.call(document.querySelectorAll('.baseline-area'));
  var onlyOpen = document.getElementById('only-open');
  var state = {};
  var stored = true;

  try {
    state = JSON.parse(localStorage.getItem(key) || '{}') || {};
  } catch (e) {
    stored = false;
  }

  function save() {
    try {
      localStorage.setItem(key, JSON.stringify(state));
    } catch (e) {
      stored = false;
      document.getElementById('storage-note').textContent =
        'This browser does not let the page keep ticks: they are lost when you leave. Download them as CSV first.';
    }
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function progress() {
    var done = 0;
    boxes.forEach(function (b) {
      if (b.checked) done++;
      b.closest('.check-item').classList.toggle('ticked', b.checked);
    });
    var bar = document.getElementById('progress-bar');
    bar.value = done;
    document.getElementById('progress-text').textContent = done + ' of ' + boxes.length + ' done';
    areas.forEach(function (section) {
      var all = section.querySelectorAll('.check-item input[type=checkbox]').length;
      var ticked = section.querySelectorAll('.check-item input[type=checkbox]:checked').length;
      var id = section.getAttribute('data-area');
      var label = ticked === all ? 'all ' + all + ' done' : ticked + ' of ' + all + ' done';
      var here = section.querySelector('.area-progress');
      here.textContent = label;
      here.classList.toggle('done', ticked === all);
      var summary = document.querySelector('[data-area-count="' + id + '"]');
      if (summary) {
        summary.textContent = label;
        summary.classList.toggle('done', ticked === all);
      }
    });
    filter();
  }

  function filter() {
    var only = onlyOpen.checked;
    boxes.forEach(function (b) { b.closest('.check-item').hidden = only && b.checked; });
  }

  boxes.forEach(function (b) {
    b.checked = !!state[b.getAttribute('data-id')];
    b.addEventListener('change', function () {
      var id = b.getAttribute('data-id');
      if (b.checked) state[id] = today();
      else delete state[id];
      save();
      progress();
    });
  });
  onlyOpen.addEventListener('change', filter);

  document.getElementById('reset-checklist').addEventListener('click', function () {
    if (!window.confirm('Clear every tick on this checklist?')) return;
    state = {};
    save();
    boxes.forEach(function (b) { b.checked = false; });
    progress();
  });

  // ---- CSV of the ticked state: one row per control of the checklist
  function field(s) {
    s = String(s);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // a spreadsheet must not run a cell as a formula
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function text(el) {
    return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function csv() {
    var lines = ['standard,version,area,id,title,severity,responsibility,ticked,ticked_on'];
    boxes.forEach(function (b) {
      var item = b.closest('.check-item');
      var id = b.getAttribute('data-id');
      var title = text(item.querySelector('label')).replace(id, '').trim();
      var area = item.closest('.baseline-area').getAttribute('data-area');
      var severity = text(item.querySelector('.badge[class*="severity-"]')).replace('Severity: ', '');
      var responsibility = text(item.querySelector('.badge[class*="resp-"]')).replace('Responsibility: ', '');
      lines.push([standard, version, area, id, title, severity, responsibility, b.checked ? 'yes' : 'no',
        b.checked ? state[id] || '' : ''].map(field).join(','));
    });
    return lines.join('\r\n') + '\r\n';
  }

  document.getElementById('export-csv').addEventListener('click', function () {
    var blob = new Blob(['\ufeff' + csv()], { type: 'text/csv;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'baseline-' + standard + '-' + version + '.csv';
    body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });

  // ---- print for sign-off: every item, ticked or not, with the progress and the date
  document.getElementById('print-checklist').addEventListener('click', function () { window.print(); });
  window.addEventListener('beforeprint', function () {
    var done = boxes.filter(function (b) { return b.checked; }).length;
    document.getElementById('print-progress').textContent = done + ' of ' + boxes.length +
      ' controls ticked' + (stored ? '' : ' (not saved)') + ', printed ' + today() + '.';
  });

  window.BulwarkBaseline = { csv: csv, storageKey: key };
  tools.hidden = false;
  progress();
})();
