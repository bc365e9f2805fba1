// The baseline checklist (checklist.js): ticks kept per standard and version, so a new version
// starts a fresh checklist; the CSV has one row per baseline control.
(function () {
  'use strict';
  if (!window.BulwarkChecklist) return;
  var body = document.body;
  var standard = body.getAttribute('data-standard');
  var version = body.getAttribute('data-version');
  window.BulwarkChecklist({
    key: 'bulwark-baseline:' + standard + ':' + version,
    header: ['standard', 'version', 'area', 'id', 'title', 'severity', 'responsibility'],
    row: function (item, c) { return [standard, version, c.area, c.id, c.title, c.severity, c.responsibility]; },
    filename: function () { return 'baseline-' + standard + '-' + version + '.csv'; }
  });
})();
