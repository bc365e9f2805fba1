// Behaviour shared by every page: the theme toggle, heading anchors, copy-link buttons,
// keyboard access to scrolling boxes, and link targets for print. Every page works without it.
(function () {
  'use strict';
  var html = document.documentElement;
  var body = document.body;
  var live = document.getElementById('live');

  function announce(text) {
    if (!live) return;
    live.textContent = '';
    setTimeout(function () { live.textContent = text; }, 30);
  }

  // ---- theme: follows the system until the reader chooses; the choice sticks (theme.js applies it)
  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function currentTheme() {
    return html.getAttribute('data-theme') || (systemDark && systemDark.matches ? 'dark' : 'light');
  }
  var toggle = document.getElementById('theme-toggle');
  function showTheme() {
    if (toggle) toggle.setAttribute('aria-pressed', currentTheme() === 'dark' ? 'true' : 'false');
  }
  if (toggle) {
    showTheme();
    toggle.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      html.setAttribute('data-theme', next);
      try { localStorage.setItem('bulwark-theme', next); } catch (e) { /* not kept */ }
      showTheme();
    });
    if (systemDark && systemDark.addEventListener) systemDark.addEventListener('change', showTheme);
  }
  // another tab changed the theme
  window.addEventListener('storage', function (e) {
    if (e.key !== 'bulwark-theme') return;
    if (e.newValue === 'dark' || e.newValue === 'light') html.setAttribute('data-theme', e.newValue);
    else html.removeAttribute('data-theme');
    showTheme();
  });

  // ---- headings from Markdown have ids; give them the same "#" link the templates' headings have
  Array.prototype.forEach.call(document.querySelectorAll('main .prose :is(h2, h3, h4, h5)[id]'), function (h) {
    if (h.querySelector('.anchor')) return;
    var a = document.createElement('a');
    a.className = 'anchor';
    a.href = '#' + h.id;
    a.setAttribute('aria-label', 'Link to ' + h.textContent.trim());
    a.textContent = '#';
    h.classList.add('anchored');
    h.appendChild(a);
  });

  // ---- copy a link to a section, or a text (the citation)
  function pageUrl() {
    var base = body.getAttribute('data-base-url');
    if (base) return base + (body.getAttribute('data-path') || '');
    return location.href.split('#')[0];
  }

  function copy(text, done) {
    function fallback() {
      var area = document.createElement('textarea');
      area.value = text;
      area.className = 'visually-hidden';
      area.setAttribute('readonly', '');
      body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      done(ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  function flash(button, ok, what) {
    // the button's own content (a hidden "of requirement (a)" included) comes back afterwards
    if (!button.bulwarkLabel) {
      button.bulwarkLabel = Array.prototype.map.call(button.childNodes, function (n) { return n.cloneNode(true); });
    }
    var label = button.bulwarkLabel;
    button.textContent = ok ? 'Copied' : 'Copy failed';
    announce(ok ? what + ' copied to the clipboard' : 'Could not copy; select the text instead');
    clearTimeout(button.bulwarkTimer);
    button.bulwarkTimer = setTimeout(function () {
      button.textContent = '';
      label.forEach(function (n) { button.appendChild(n.cloneNode(true)); });
    }, 1600);
  }

  document.addEventListener('click', function (ev) {
    var target = ev.target instanceof Element ? ev.target : null;
    var link = target && target.closest('.copy-link');
    if (link) {
      var url = pageUrl() + '#' + link.getAttribute('data-anchor');
      copy(url, function (ok) { flash(link, ok, 'Link'); });
      return;
    }
    var text = target && target.closest('.copy-text');
    if (text) {
      var source = document.getElementById(text.getAttribute('data-copy'));
      if (source) copy(source.textContent.trim(), function (ok) { flash(text, ok, 'Citation'); });
      return;
    }
    // one requirement or evidence item: the control's citation, the part, and its URL with the anchor
    var cite = target && target.closest('.copy-cite');
    var line = document.getElementById('cite-text');
    if (cite && line) {
      var citation = line.getAttribute('data-cite') + ', ' + cite.getAttribute('data-part') + ': '
        + line.getAttribute('data-url') + '#' + cite.getAttribute('data-anchor');
      copy(citation, function (ok) { flash(cite, ok, 'Citation'); });
    }
  });

  // ---- wide Markdown tables scroll in their own box, which the keyboard can reach and scroll
  Array.prototype.forEach.call(document.querySelectorAll('main table.md-table'), function (table) {
    var box = document.createElement('div');
    box.className = 'table-scroll';
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', 'Table');
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
    table.classList.add('in-scroll');
  });
  // a code block wider than the page scrolls too; give it the focus it needs to scroll by keyboard
  function focusableCode() {
    Array.prototype.forEach.call(document.querySelectorAll('main pre'), function (pre) {
      if (pre.scrollWidth > pre.clientWidth + 1) pre.setAttribute('tabindex', '0');
    });
  }
  focusableCode();
  window.addEventListener('resize', function () { clearTimeout(focusableCode.t); focusableCode.t = setTimeout(focusableCode, 200); });

  // ---- print: show where each link in the content goes, as the published URL when the site has
  // a base URL, else as the path inside the site (controls/IAM-01/#evidence)
  var rootUrl = new URL(body.getAttribute('data-root') || './', location.href).href;
  function printTarget(a) {
    var raw = a.getAttribute('href');
    // the catalogue's ids are the controls' addresses already: an address under each would only crowd the table
    if (!raw || raw.charAt(0) === '#' || a.closest('.anchor, h1, h2, h3, .eyebrow, .badges, .catalogue')) return null;
    var abs = a.href;
    if (abs.indexOf(rootUrl) !== 0) return abs;          // outside the site: the full URL
    var path = abs.slice(rootUrl.length).replace(/(^|\/)index\.html(?=$|#)/, '$1');
    var base = body.getAttribute('data-base-url');
    return base ? base + path : path || './';
  }
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('main a[href]'), function (a) {
      var t = printTarget(a);
      if (t && a.textContent.trim() !== t) a.setAttribute('data-print-href', t);
    });
  });

  // ---- "/" jumps to the search box, as on most documentation sites
  document.addEventListener('keydown', function (ev) {
    if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var box = document.getElementById('site-search') || document.getElementById('search-input');
    if (box) { ev.preventDefault(); box.focus(); box.select(); }
  });

  // ---- the table of contents marks the section being read
  var toc = document.querySelector('.toc');
  if (toc && 'IntersectionObserver' in window) {
    var links = {};
    Array.prototype.forEach.call(toc.querySelectorAll('a[href^="#"]'), function (a) { links[a.getAttribute('href').slice(1)] = a; });
    var current = null;
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (!e.isIntersecting) return;
        var a = links[e.target.id];
        if (!a) return;
        if (current) current.classList.remove('active');
        a.classList.add('active');
        current = a;
      });
    }, { rootMargin: '0px 0px -70% 0px' });
    Object.keys(links).forEach(function (id) {
      var el = document.getElementById(id);
      if (el) observer.observe(el);
    });
  }
})();
