// Behaviour shared by every page: theme toggle, copy-link buttons, the header search box.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';

  function currentTheme() {
    var set = document.documentElement.getAttribute('data-theme');
    if (set) return set;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  var toggle = document.getElementById('theme-toggle');
  if (toggle) {
    var label = function () {
      var dark = currentTheme() === 'dark';
      toggle.textContent = dark ? 'Light theme' : 'Dark theme';
      toggle.setAttribute('aria-pressed', dark ? 'true' : 'false');
    };
    label();
    toggle.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      try { localStorage.setItem('bulwark-theme', next); } catch (e) { /* not kept */ }
      label();
    });
  }

  document.addEventListener('click', function (ev) {
    var btn = ev.target.closest && ev.target.closest('.copy-link');
    if (!btn) return;
    var url = location.href.split('#')[0] + '#' + btn.getAttribute('data-anchor');
    var done = function () {
      var old = btn.textContent;
      btn.textContent = 'Copied';
      setTimeout(function () { btn.textContent = old; }, 1500);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(done, function () { window.prompt('Copy this link', url); });
    } else {
      window.prompt('Copy this link', url);
    }
  });

  // The header search box goes to the search page, which runs the query.
  var box = document.getElementById('site-search');
  if (box && box.form) {
    box.form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var q = box.value.trim();
      location.href = root + 'search/index.html' + (q ? '?q=' + encodeURIComponent(q) : '');
    });
  }
})();
