// The baseline checklist: ticks kept in this browser per standard and version, progress,
// a filter to unticked items, CSV export of the ticked state, print.
(function () {
  'use strict';
  var body = document.body;
  var key = 'bulwark-baseline:' + body.getAttribute('data-standard') + ':' + body.getAttribute('data-version');
  var tools = document.getElementById('checklist-tools');
  if (!tools) return;
  tools.hidden = false;
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.check-item input[type=checkbox]'));
  var state = {};
  try { state = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch (e) { state = {}; }

  function save() {
    try { localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* not kept */ }
  }

  function progress() {
    var done = boxes.filter(function (b) { return b.checked; }).length;
    document.getElementById('progress-all').textContent = done + ' of ' + boxes.length + ' done';
    Array.prototype.forEach.call(document.querySelectorAll('.baseline-area'), function (section) {
      var inArea = section.querySelectorAll('.check-item input[type=checkbox]');
      var ticked = section.querySelectorAll('.check-item input[type=checkbox]:checked');
      section.querySelector('.area-progress').textContent = ticked.length + '/' + inArea.length + ' done';
    });
    filter();
  }

  function filter() {
    var only = document.getElementById('only-open').checked;
    boxes.forEach(function (b) { b.closest('.check-item').hidden = only && b.checked; });
  }

  boxes.forEach(function (b) {
    b.checked = !!state[b.getAttribute('data-id')];
    b.addEventListener('change', function () {
      if (b.checked) state[b.getAttribute('data-id')] = new Date().toISOString().slice(0, 10);
      else delete state[b.getAttribute('data-id')];
      save();
      progress();
    });
  });
  document.getElementById('only-open').addEventListener('change', filter);
  document.getElementById('print-checklist').addEventListener('click', function () { window.print(); });
  document.getElementById('reset-checklist').addEventListener('click', function () {
    if (!window.confirm('Clear every tick on this checklist?')) return;
    state = {};
    save();
    boxes.forEach(function (b) { b.checked = false; });
    progress();
  });

  function csvField(s) {
    s = String(s);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  document.getElementById('export-csv').addEventListener('click', function () {
    var lines = ['id,title,area,done,date'];
    boxes.forEach(function (b) {
      var item = b.closest('.check-item');
      var id = b.getAttribute('data-id');
      var title = item.querySelector('label').textContent.replace(id, '').trim();
      var area = item.closest('.baseline-area').getAttribute('data-area');
      lines.push([id, title, area, b.checked ? 'yes' : 'no', state[id] || ''].map(csvField).join(','));
    });
    var blob = new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'baseline-' + body.getAttribute('data-version') + '.csv';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  });
  progress();
})();
