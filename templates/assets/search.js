// Search: the header box on every page (suggestions as you type) and the search page.
// The index (search-index.js, written at build time; format in SearchIndex.java) is a script,
// not JSON, so it loads from file:// too; it is loaded only when someone starts to search.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';
  // weights of the fields a word can occur in: body (guidance...), statement, title
  var FIELD = [1, 2.5, 6];
  var MAX_EXPANSION = 80;          // words tried for one prefix ("enc" -> encrypt, encryption, ...)

  // ---- loading --------------------------------------------------------------------------------
  var index = null;
  var waiting = [];

  function load(done) {
    if (index) { if (done) done(index); return; }
    // every keystroke asks again while the index loads: each caller is answered once
    if (done && waiting.indexOf(done) < 0) waiting.push(done);
    if (load.started) return;
    load.started = true;
    var s = document.createElement('script');
    s.src = root + 'search-index.js';
    s.onload = function () {
      if (!window.BULWARK_SEARCH) { fail(); return; }
      index = prepare(window.BULWARK_SEARCH);
      var w = waiting;
      waiting = [];
      w.forEach(function (f) { f(index); });
    };
    s.onerror = fail;
    document.head.appendChild(s);
  }

  function fail() {
    waiting = [];
    document.dispatchEvent(new CustomEvent('bulwark-search-failed'));
  }

  function prepare(raw) {
    var docs = raw.docs;
    var ids = new Array(docs.length);
    var aliases = new Array(docs.length);
    for (var i = 0; i < docs.length; i++) {
      // a cross-walk row's id is its framework and anchor: found by its identifier (refs), not by id
      ids[i] = raw.types[docs[i][0]] === 'identifier' ? '' : docs[i][1].toLowerCase();
      aliases[i] = docs[i][4] ? docs[i][4].toLowerCase().split(' ') : null;
    }
    // words too common to search by: the index says which, as SearchWords.java drops them
    var stop = {};
    raw.stop.split(' ').forEach(function (w) { stop[w] = true; });
    var refs = raw.refs || [];
    return { raw: raw, docs: docs, ids: ids, aliases: aliases, words: raw.words ? raw.words.split(' ') : [], stop: stop,
      decoded: {}, refKeys: refs.map(function (r) { return r[0]; }), refs: refs };
  }

  // ---- identifiers looked up whole: the same key as SearchRefs.java ------------------------------
  function refKey(text) {
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
  }

  // ---- query words: the same rules as SearchWords.java ------------------------------------------
  function words(ix, text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u)
      .filter(function (w) { return w.length >= 2 && w.length <= 40 && !ix.stop[w]; });
  }

  // ---- postings: (gap << 2 | field) per document, base 32, see SearchPostings.java ---------------
  var LAST = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
  var MORE = 'WXYZabcdefghijklmnopqrstuvwxyz+/';
  var DIGIT = new Int8Array(128).fill(-1);
  for (var d = 0; d < 32; d++) { DIGIT[LAST.charCodeAt(d)] = d; DIGIT[MORE.charCodeAt(d)] = 32 + d; }

  function postings(ix, wordIndex) {
    var cached = ix.decoded[wordIndex];
    if (cached) return cached;
    var s = ix.raw.postings[wordIndex];
    var docs = [];
    var fields = [];
    var v = 0;
    var doc = 0;
    for (var i = 0; i < s.length; i++) {
      var x = DIGIT[s.charCodeAt(i)];
      if (x >= 32) { v = v * 32 + (x - 32); continue; }
      v = v * 32 + x;
      doc += Math.floor(v / 4);
      docs.push(doc);
      fields.push(v % 4);
      v = 0;
    }
    return (ix.decoded[wordIndex] = { docs: docs, fields: fields });
  }

  // first index in the sorted word list not below w
  function lowerBound(list, w) {
    var lo = 0;
    var hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (list[mid] < w) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // ---- ranking --------------------------------------------------------------------------------
  // A document must hold every query word (a word, or a longer word starting with it); if none
  // holds them all, documents holding most of them. Exact and prefix id matches come first.
  function search(ix, query) {
    var n = ix.docs.length;
    var q = query.trim().toLowerCase();
    var score = new Float64Array(n);
    var found = new Uint8Array(n);
    var qwords = words(ix, q);
    for (var k = 0; k < qwords.length; k++) {
      var w = qwords[k];
      var best = new Float32Array(n);
      var start = lowerBound(ix.words, w);
      for (var j = start; j < ix.words.length && j < start + MAX_EXPANSION; j++) {
        var term = ix.words[j];
        if (term.lastIndexOf(w, 0) !== 0) break;
        var p = postings(ix, j);
        var idf = Math.log(1 + n / p.docs.length);
        var exact = term === w ? 1 : 0.55;
        for (var i = 0; i < p.docs.length; i++) {
          var s = FIELD[p.fields[i]] * exact * idf;
          if (s > best[p.docs[i]]) best[p.docs[i]] = s;
        }
      }
      for (var m = 0; m < n; m++) {
        if (best[m] > 0) { score[m] += best[m]; found[m]++; }
      }
    }
    // ids: "iam-01" exactly, "iam" or "iam-0" as a prefix, former ids (aliases) too. An id match
    // replaces the word score, so a family ("iam-1") lists in id order: IAM-10, IAM-11, ...
    var idq = q.replace(/\s+/g, '');
    if (/^[\p{L}\p{N}][\p{L}\p{N}.-]*$/u.test(idq)) {
      for (var t = 0; t < n; t++) {
        var id = ix.ids[t];
        var hit = id === idq ? 1000 : idq.length >= 2 && id.lastIndexOf(idq, 0) === 0 ? 100 : 0;
        var al = ix.aliases[t];
        for (var a = 0; !hit && al && a < al.length; a++) if (al[a] === idq) hit = 900;
        if (hit) { score[t] = hit; found[t] = 255; }
      }
    }
    // framework identifiers (AC-2, IA-2(1), 1.10, IAM.6) and verification refs (a Config rule):
    // the cross-walk row, then the controls citing or verifying with it, above every word match;
    // an identifier's enhancements (AC-2 -> AC-2(1)) next
    var key = refKey(query);
    if (key) {
      var from = lowerBound(ix.refKeys, key);
      for (var r = from; r < ix.refKeys.length && ix.refKeys[r].lastIndexOf(key, 0) === 0; r++) {
        var k = ix.refKeys[r];
        var exactRef = k.length === key.length;
        if (!exactRef && k.charAt(key.length) !== '(') continue;
        var entry = ix.refs[r];
        for (var e = 1; e < entry.length; e++) {
          var d = entry[e];
          var row = typeOf(ix, ix.docs[d]) === 'identifier';
          var s = exactRef ? (row ? 960 : 850) : (row ? 500 : 400);
          if (s > score[d]) score[d] = s;
          found[d] = 255;
        }
      }
    }
    var need = qwords.length;
    var hits = collect(ix, score, found, need);
    var partial = false;
    if (!hits.length && need > 1) {
      hits = collect(ix, score, found, 1);
      partial = hits.length > 0;
    }
    return { hits: hits, partial: partial, words: qwords };
  }

  function collect(ix, score, found, need) {
    var hits = [];
    for (var i = 0; i < score.length; i++) {
      if (found[i] >= need && score[i] > 0) {
        var s = score[i];
        var status = ix.docs[i][5];
        if (status === 'withdrawn') s *= 0.5;
        else if (status === 'deprecated') s *= 0.8;
        hits.push({ doc: i, score: s });
      }
    }
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return hits;
  }

  // ---- results as DOM (text only: nothing from the index is parsed as HTML) -----------------------
  function url(ix, doc) {
    // a function, so that "$&" in an id is not a replacement pattern
    return root + ix.raw.urls[doc[0]].replace('{id}', function () { return doc[1]; })
      .replace(/\/$/, '/index.html').replace(/\/#/, '/index.html#');
  }

  // A result's label, for the header's suggestions and the search page alike: its type, a
  // control's id and the title, with the query's words marked. Returns the title's element.
  function label(parent, ix, doc, qwords, q) {
    var kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = ix.raw.labels[doc[0]];
    parent.appendChild(kind);
    parent.appendChild(document.createTextNode(' '));
    if (typeOf(ix, doc) === 'control') {
      var cid = document.createElement('span');
      cid.className = 'cid';
      highlight(cid, doc[1], qwords.concat([q.toLowerCase()]));
      parent.appendChild(cid);
      parent.appendChild(document.createTextNode(' '));
    }
    var title = document.createElement('span');
    highlight(title, doc[2], qwords);
    parent.appendChild(title);
    return title;
  }

  function highlight(parent, text, qwords) {
    if (!qwords.length || !text) { parent.appendChild(document.createTextNode(text || '')); return; }
    var pattern = new RegExp('(' + qwords.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|') + ')', 'giu');
    var last = 0;
    text.replace(pattern, function (match, _g, offset) {
      var before = offset === 0 ? '' : text.charAt(offset - 1);
      if (before && /[\p{L}\p{N}]/u.test(before)) return match; // only at the start of a word
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      var mark = document.createElement('mark');
      mark.textContent = match;
      parent.appendChild(mark);
      last = offset + match.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function typeOf(ix, doc) {
    return ix.raw.types[doc[0]];
  }

  // the kind the search page's choice shows a result with: a cross-walk row with the frameworks
  function group(ix, type) {
    var i = ix.raw.types.indexOf(type);
    return ix.raw.groups && i >= 0 ? ix.raw.groups[i] : type;
  }

  // ---- the header box: a combobox with a listbox of suggestions ----------------------------------
  function headerBox() {
    var input = document.getElementById('site-search');
    if (!input || !input.form) return;
    var form = input.form;
    var list = document.createElement('ul');
    list.id = 'site-search-suggestions';
    list.className = 'search-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search suggestions');
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    var options = [];
    var active = -1;
    var timer;

    function searchPage(q) {
      return root + 'search/index.html' + (q ? '?q=' + encodeURIComponent(q) : '');
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function select(i) {
      if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
      active = i;
      if (i < 0 || !options[i]) { input.removeAttribute('aria-activedescendant'); return; }
      options[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    }

    function option(id, href) {
      var li = document.createElement('li');
      li.id = 'site-search-option-' + id;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.setAttribute('data-href', href);
      // mousedown, not click: the input's blur must not close the list first
      li.addEventListener('mousedown', function (e) { e.preventDefault(); location.href = href; });
      return li;
    }

    function render(ix) {
      var q = input.value.trim();
      list.textContent = '';
      options = [];
      active = -1;
      if (!q) { close(); return; }
      var result = search(ix, q);
      result.hits.slice(0, 8).forEach(function (h, i) {
        var doc = ix.docs[h.doc];
        var li = option(i, url(ix, doc));
        label(li, ix, doc, result.words, q);
        if (doc[3]) {
          var snippet = document.createElement('span');
          snippet.className = 'snippet';
          snippet.textContent = doc[3];
          li.appendChild(snippet);
        }
        list.appendChild(li);
        options.push(li);
      });
      var all = option('all', searchPage(q));
      all.className = 'all';
      all.textContent = result.hits.length ? 'All ' + result.hits.length + ' results for “' + q + '”' : 'No results for “' + q + '”: open search';
      list.appendChild(all);
      options.push(all);
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    input.addEventListener('focus', function () { load(null); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      if (!input.value.trim()) { close(); return; }
      timer = setTimeout(function () { load(render); }, index ? 30 : 0);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (list.hidden && input.value.trim()) { load(render); return; }
        select(Math.min(options.length - 1, active + 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        select(Math.max(-1, active - 1));
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; }
      } else if (e.key === 'Enter') {
        if (active >= 0 && options[active]) {
          e.preventDefault();
          location.href = options[active].getAttribute('data-href');
        }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      location.href = searchPage(input.value.trim());
    });
    document.addEventListener('bulwark-search-failed', function () {
      list.textContent = '';
      var li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'The search index could not be loaded.';
      list.appendChild(li);
      list.hidden = false;
    });
  }

  // ---- the search page: every result, by type, with snippets ----------------------------------------
  function searchPage() {
    var input = document.getElementById('search-input');
    var results = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var more = document.getElementById('search-more');
    var types = document.getElementById('search-types');
    if (!input || !results) return;
    // an id family of this standard, for the hint when nothing is found (its first control's)
    var family = input.form.getAttribute('data-example-family') || '';
    var PAGE = 50;
    var shown = 0;
    var current = null;
    var timer;
    types.hidden = false;

    function type() {
      var checked = types.querySelector('input:checked');
      return checked ? checked.value : '';
    }

    function remember(q) {
      var params = new URLSearchParams(location.search);
      if (q) params.set('q', q); else params.delete('q');
      if (type()) params.set('type', type()); else params.delete('type');
      var s = params.toString();
      try { history.replaceState(null, '', location.pathname + (s ? '?' + s : '')); } catch (e) { /* file:// may refuse */ }
    }

    function item(ix, h, qwords, q) {
      var doc = ix.docs[h.doc];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = url(ix, doc);
      label(a, ix, doc, qwords, q).className = 'r-title';
      li.appendChild(a);
      if (doc[5]) {
        var badge = document.createElement('span');
        badge.className = 'badge status-' + doc[5];
        badge.textContent = doc[5];
        li.appendChild(badge);
      }
      if (doc[3]) {
        var p = document.createElement('p');
        p.className = 'snippet';
        highlight(p, doc[3], qwords);
        li.appendChild(p);
      }
      return li;
    }

    function showMore() {
      var ix = index;
      var fragment = document.createDocumentFragment();
      var end = Math.min(current.hits.length, shown + PAGE);
      for (var i = shown; i < end; i++) fragment.appendChild(item(ix, current.hits[i], current.words, current.q));
      results.appendChild(fragment);
      shown = end;
      more.hidden = shown >= current.hits.length;
      if (!more.hidden) more.textContent = 'Show more results (' + (current.hits.length - shown) + ' left)';
    }

    function counts(ix, hits) {
      var by = {};
      hits.forEach(function (h) { var t = group(ix, typeOf(ix, ix.docs[h.doc])); by[t] = (by[t] || 0) + 1; });
      Array.prototype.forEach.call(types.querySelectorAll('input'), function (r) {
        var label = r.parentNode;
        var text = label.getAttribute('data-label') || label.textContent.trim();
        label.setAttribute('data-label', text);
        label.lastChild.textContent = ' ' + text + (r.value ? ' (' + (by[r.value] || 0) + ')' : ' (' + hits.length + ')');
      });
    }

    function run(ix) {
      var q = input.value.trim();
      results.textContent = '';
      shown = 0;
      remember(q);
      if (!q) { status.textContent = ''; more.hidden = true; current = null; return; }
      var result = search(ix, q);
      counts(ix, result.hits);
      var wanted = type();
      var hits = wanted ? result.hits.filter(function (h) { return group(ix, typeOf(ix, ix.docs[h.doc])) === wanted; }) : result.hits;
      current = { hits: hits, words: result.words, q: q };
      var what = hits.length === 1 ? '1 result' : hits.length + ' results';
      status.textContent = hits.length
        ? what + ' for “' + q + '”' + (result.partial ? ' (no result has every word; these have some)' : '')
        : 'No results for “' + q + '”. Try fewer or shorter words' + (family ? ', or the start of an id such as ' + family + '.' : '.');
      showMore();
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { load(run); }, index ? 40 : 0);
    });
    input.form.addEventListener('submit', function (e) { e.preventDefault(); load(run); });
    types.addEventListener('change', function () { load(run); });
    more.addEventListener('click', function () {
      var first = shown;
      showMore();
      var link = results.children[first] && results.children[first].querySelector('a');
      if (link) link.focus();
    });

    // arrows move between the input and the results
    function links() { return Array.prototype.slice.call(results.querySelectorAll('li > a')); }
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var l = links();
        if (l.length) { e.preventDefault(); l[0].focus(); }
      }
    });
    results.addEventListener('keydown', function (e) {
      var l = links();
      var i = l.indexOf(document.activeElement);
      if (i < 0) return;
      if (e.key === 'ArrowDown' && i < l.length - 1) { e.preventDefault(); l[i + 1].focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); if (i === 0) input.focus(); else l[i - 1].focus(); }
      else if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
    });
    document.addEventListener('bulwark-search-failed', function () {
      status.textContent = 'The search index could not be loaded (search-index.js is missing beside this site).';
    });

    var params = new URLSearchParams(location.search);
    if (params.get('q')) input.value = params.get('q');
    if (params.get('type')) {
      var radio = types.querySelector('input[value="' + params.get('type').replace(/[^a-z]/g, '') + '"]');
      if (radio) radio.checked = true;
    }
    load(input.value.trim() ? run : null);
    input.focus();
  }

  window.BulwarkSearch = { search: function (q, done) { load(function (ix) { done(search(ix, q)); }); } };
  headerBox();
  searchPage();
})();
