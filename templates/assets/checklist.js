// A tickable checklist, shared by the baseline checklist and the workload view: ticks kept in
// this browser under a key the page chooses (a standard's version, a workload's selection), with
// the date each was ticked; progress per area and overall; a filter to unticked items; the list
// with its ticks as CSV; and a printout to sign off, where every item prints, ticked or not.
//
// The page holds the tools (#checklist-tools and the ids below, from _macros.ftlh), its areas
// (.checklist-area[data-area]) and its items (.check-item with a checkbox[data-id]). An area the
// page hides does not count. A page that changes its items (the workload view) calls refresh().
(function () {
  'use strict';

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  // one CSV cell; a spreadsheet must not run a cell as a formula
  function field(s) {
    s = String(s);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function text(el) {
    return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  // what an item shows of itself, for the CSV: its title, severity and responsibility badges
  function describe(item) {
    var box = item.querySelector('input[type=checkbox][data-id]');
    var id = box.getAttribute('data-id');
    return {
      id: id,
      title: text(item.querySelector('label')).replace(id, '').trim(),
      area: item.closest('.checklist-area').getAttribute('data-area'),
      // the control's own badges: a service part's heading in the workload view has its own
      severity: text(item.querySelector('.badges .badge[class*="severity-"]')).replace('Severity: ', ''),
      responsibility: text(item.querySelector('.badges .badge[class*="resp-"]')).replace('Responsibility: ', '')
    };
  }

  // options: key (where ticks are kept), header and row(item, described) for the CSV (the ticked
  // and ticked_on columns follow), and filename()
  window.BulwarkChecklist = function (options) {
    var tools = document.getElementById('checklist-tools');
    if (!tools) return null;
    var onlyOpen = document.getElementById('only-open');
    var note = document.getElementById('storage-note');
    var key = options.key;
    var state = {};
    var stored = true;
    var boxes = [];

    function load() {
      try {
        state = JSON.parse(localStorage.getItem(key) || '{}') || {};
        if (typeof state !== 'object' || Array.isArray(state)) state = {};
      } catch (e) {
        state = {};
        stored = false;
      }
    }

    function save() {
      try {
        localStorage.setItem(key, JSON.stringify(state));
      } catch (e) {
        stored = false;
        note.textContent = 'This browser does not let the page keep ticks: they are lost when you leave. Download them as CSV first.';
      }
    }

    function ticked(id) {
      return Object.prototype.hasOwnProperty.call(state, id) ? state[id] : '';
    }

    function areas() {
      return Array.prototype.filter.call(document.querySelectorAll('.checklist-area'), function (s) { return !s.hidden; });
    }

    function progress() {
      var done = 0;
      boxes.forEach(function (b) {
        if (b.checked) done++;
        b.closest('.check-item').classList.toggle('ticked', b.checked);
      });
      var bar = document.getElementById('progress-bar');
      bar.max = Math.max(boxes.length, 1);
      bar.value = done;
      document.getElementById('progress-text').textContent = done + ' of ' + boxes.length + ' done';
      areas().forEach(function (section) {
        var all = section.querySelectorAll('.check-item input[type=checkbox]').length;
        var n = section.querySelectorAll('.check-item input[type=checkbox]:checked').length;
        var label = n === all ? 'all ' + all + ' done' : n + ' of ' + all + ' done';
        var here = section.querySelector('.area-progress');
        here.textContent = label;
        here.classList.toggle('done', n === all);
        var summary = document.querySelector('[data-area-count="' + section.getAttribute('data-area') + '"]');
        if (summary) {
          summary.textContent = label;
          summary.classList.toggle('done', n === all);
        }
      });
      filter();
    }

    function filter() {
      var only = onlyOpen.checked;
      boxes.forEach(function (b) { b.closest('.check-item').hidden = only && b.checked; });
    }

    // the items now on the page, ticked as kept
    function refresh() {
      boxes = Array.prototype.slice.call(document.querySelectorAll('.checklist-area:not([hidden]) .check-item input[type=checkbox][data-id]'));
      boxes.forEach(function (b) { b.checked = !!ticked(b.getAttribute('data-id')); });
      progress();
    }

    document.addEventListener('change', function (e) {
      var b = e.target;
      if (!(b instanceof HTMLInputElement) || boxes.indexOf(b) < 0) return;
      var id = b.getAttribute('data-id');
      if (b.checked) state[id] = today();
      else delete state[id];
      save();
      progress();
    });
    onlyOpen.addEventListener('change', filter);

    document.getElementById('reset-checklist').addEventListener('click', function () {
      if (!window.confirm('Clear every tick on this checklist?')) return;
      state = {};
      save();
      boxes.forEach(function (b) { b.checked = false; });
      progress();
    });

    function csv() {
      var lines = [options.header.concat(['ticked', 'ticked_on']).join(',')];
      boxes.forEach(function (b) {
        var item = b.closest('.check-item');
        var id = b.getAttribute('data-id');
        lines.push(options.row(item, describe(item)).concat([b.checked ? 'yes' : 'no', b.checked ? ticked(id) : ''])
          .map(field).join(','));
      });
      return lines.join('\r\n') + '\r\n';
    }

    document.getElementById('export-csv').addEventListener('click', function () {
      var blob = new Blob(['\ufeff' + csv()], { type: 'text/csv;charset=utf-8' });
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = options.filename();
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    });

    // print for sign-off: every item, ticked or not, with the progress and the date
    document.getElementById('print-checklist').addEventListener('click', function () { window.print(); });
    window.addEventListener('beforeprint', function () {
      var done = boxes.filter(function (b) { return b.checked; }).length;
      document.getElementById('print-progress').textContent = done + ' of ' + boxes.length +
        ' controls ticked' + (stored ? '' : ' (not saved)') + ', printed ' + today() + '.';
    });

    load();
    tools.hidden = false;
    refresh();
    return {
      refresh: refresh,
      csv: csv,
      // another list in the same page (the workload view's selection): its own ticks
      use: function (k) {
        key = k;
        stored = true;
        load();
        refresh();
      },
      storageKey: function () { return key; }
    };
  };
})();
