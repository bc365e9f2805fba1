// bulwark serve: reload the open page when its own content changed; show the errors of a failed build.
// Served by the preview server beside its status (status, next to this script), never part of a site.
(function () {
  var status = new URL('status', document.currentScript.src);
  status.searchParams.set('page', location.pathname);
  var seen = null, seenErrors = null, box = null;
  // the page shown before any build succeeded: it shows the errors itself
  var first = document.querySelector('pre.bulwark-first-build') !== null;
  function show(text) {
    if (!text || first) { if (box) { box.remove(); box = null; } return; }
    if (!box) {
      box = document.createElement('pre');
      box.className = 'bulwark-build-errors';
      box.setAttribute('role', 'alert');
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.textContent = 'Build failed; showing the last good site.\n\n' + text;
  }
  function poll() {
    fetch(status.href, { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
      var changed = first ? s.page !== seen || s.errors !== seenErrors : s.page !== seen && !s.errors;
      if (seen !== null && changed) { location.reload(); return; }
      // while a build fails, the page waits to see the version that comes with the fix
      if (seen === null || first || !s.errors) seen = s.page;
      seenErrors = s.errors;
      show(s.errors);
    }).catch(function () {}).then(function () { setTimeout(poll, 300); });
  }
  poll();
})();
