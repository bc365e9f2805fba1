// Search over the index built at build time. The index is a script (search-index.js), loaded
// only when needed, so search works from file:// where pages cannot fetch JSON.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !list) return;

  function load(done) {
    if (window.BULWARK_SEARCH) return done(window.BULWARK_SEARCH);
    var s = document.createElement('script');
    s.src = root + 'search-index.js';
    s.onload = function () { done(window.BULWARK_SEARCH); };
    s.onerror = function () { status.textContent = 'The search index could not be loaded.'; };
    document.head.appendChild(s);
  }

  function score(doc, q, words) {
    var id = doc.id.toLowerCase();
    var title = doc.title.toLowerCase();
    if (id === q) return 1000;
    var s = 0;
    if (id.indexOf(q) === 0) s += 500;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var hit = 0;
      if (title.indexOf(w) >= 0) hit += 20;
      if (doc.s.toLowerCase().indexOf(w) >= 0) hit += 5;
      if ((' ' + doc.b + ' ').indexOf(' ' + w) >= 0) hit += 3;
      if (!hit) return 0;
      s += hit;
    }
    return s;
  }

  function run(index) {
    var q = input.value.trim().toLowerCase();
    list.textContent = '';
    if (!q) { status.textContent = ''; return; }
    var words = q.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
    var hits = [];
    index.docs.forEach(function (d) { var s = score(d, q, words); if (s) hits.push([s, d]); });
    hits.sort(function (a, b) { return b[0] - a[0] || a[1].id.localeCompare(b[1].id); });
    status.textContent = hits.length + (hits.length === 1 ? ' result' : ' results') + ' for “' + input.value.trim() + '”';
    hits.slice(0, 50).forEach(function (h) {
      var d = h[1];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + d.url;
      var type = document.createElement('span');
      type.className = 'kind';
      type.textContent = d.t;
      a.appendChild(type);
      a.appendChild(document.createTextNode(' ' + (d.t === 'control' ? d.id + ' ' : '') + d.title));
      li.appendChild(a);
      var p = document.createElement('p');
      p.textContent = d.s;
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(location.search);
  if (params.get('q')) input.value = params.get('q');
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { load(run); }, 80);
  });
  if (input.form) input.form.addEventListener('submit', function (e) { e.preventDefault(); load(run); });
  if (input.value) load(run);
  input.focus();
})();
