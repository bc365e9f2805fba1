// bulwark serve: reload when the site is rebuilt; show the errors of a failed build.
// Served by the preview server beside its status (status, next to this script), never part of a site.
(function () {
  var status = new URL('status', document.currentScript.src).href;
  var seen = null, box = null;
  function show(text) {
    if (!text) { if (box) { box.remove(); box = null; } return; }
    if (!box) {
      box = document.createElement('pre');
      box.className = 'bulwark-build-errors';
      box.setAttribute('role', 'alert');
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.textContent = 'Build failed; showing the last good site.\n\n' + text;
  }
  function poll() {
    fetch(status, { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
      if (seen !== null && s.build !== seen && !s.errors) { location.reload(); return; }
      seen = s.build;
      show(s.errors);
    }).catch(function () {}).then(function () { setTimeout(poll, 700); });
  }
  poll();
})();
