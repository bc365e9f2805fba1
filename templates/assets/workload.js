// The workload view: the services a workload uses and its level (from the form or the address,
// #services=lambda,s3&level=standard) give one list of the controls that apply, each once, area
// by area, with the customer's and the provider's part on each chosen service it applies to.
// What applies: the whole baseline, and up to the level, every control that applies to a chosen
// service or to no service in particular (account-wide). Ticks are kept per selection
// (checklist.js). The controls come from workload/data/*.js (WorkloadData.java): scripts, so that
// they load from file://; the file of every workload's controls and one per chosen service.
//
// Without this script the page lists every service with a link to its page, and the list for a
// workload with no services at the default level, rendered on the server.
(function () {
  'use strict';
  var view = document.getElementById('workload');
  var form = document.getElementById('workload-form');
  var address = window.BulwarkAddress;
  if (!view || !form || !address || !window.BulwarkChecklist) return;

  var body = document.body;
  var root = body.getAttribute('data-root') || '';
  var standard = body.getAttribute('data-standard');
  var version = body.getAttribute('data-version');
  var provider = view.getAttribute('data-provider');
  var LEVELS = ['baseline', 'standard', 'advanced'];
  var defaultLevel = view.getAttribute('data-default-level');
  var serviceBoxes = Array.prototype.slice.call(form.querySelectorAll('input[name=service]'));
  var levelRadios = Array.prototype.slice.call(form.querySelectorAll('input[name=level]'));
  var status = document.getElementById('workload-status');
  var unknown = document.getElementById('workload-unknown');

  // ---- the data files: each calls BulwarkWorkload.add once it has loaded ------------------------
  var controls = Object.create(null);   // id -> control (WorkloadPage.item)
  var parts = Object.create(null);      // service -> its parts, in the standard's order
  var files = Object.create(null);      // url -> 'loading' | 'loaded' | 'failed'
  var waiting = [];

  window.BulwarkWorkload = {
    add: function (data) {
      data.controls.forEach(function (c) { controls[c.id] = c; });
      if (data.service) parts[data.service] = data.parts;
    }
  };

  function fileOf(service) {
    return service ? view.getAttribute('data-service').replace('{id}', service) : view.getAttribute('data-common');
  }

  // loads the files of a selection, then done(); failed: the services whose file did not load
  function load(services, done) {
    var urls = [fileOf('')].concat(services.map(fileOf));
    function check() {
      var pending = urls.filter(function (u) { return files[u] === 'loading'; });
      if (pending.length) return false;
      done(services.filter(function (s) { return files[fileOf(s)] === 'failed'; }), urls[0] && files[urls[0]] === 'failed');
      return true;
    }
    urls.forEach(function (u) {
      if (files[u]) return;
      files[u] = 'loading';
      var s = document.createElement('script');
      s.src = u;
      s.onload = function () { files[u] = 'loaded'; settle(); };
      s.onerror = function () { files[u] = 'failed'; settle(); };
      document.head.appendChild(s);
    });
    if (!check()) waiting.push(check);
  }

  function settle() {
    waiting = waiting.filter(function (check) { return !check(); });
  }

  // ---- the selection: the form, and the address -------------------------------------------------
  function selection() {
    var level = levelRadios.filter(function (r) { return r.checked; })[0];
    return {
      services: serviceBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }),
      level: level ? level.value : defaultLevel
    };
  }

  function restore() {
    serviceBoxes.forEach(function (b) { b.checked = false; });
    var level = defaultLevel;
    address.say(unknown, address.read(function (key, value) {
      if (key === 'services' || key === 'service') {
        return address.values(value).filter(function (v) {
          var box = serviceBoxes.filter(function (b) { return b.value === v; })[0];
          if (box) box.checked = true;
          return !box;
        });
      }
      if (key === 'level') {
        var ok = LEVELS.indexOf(value.trim()) >= 0;
        if (ok) level = value.trim();
        return ok ? [] : [value];
      }
      return null;
    }));
    levelRadios.forEach(function (r) { r.checked = r.value === level; });
  }

  function remember(sel) {
    address.write([['services', sel.services], ['level', [sel.level]]]);
  }

  // ---- which controls apply ------------------------------------------------------------------------
  function within(level, chosen) {
    return LEVELS.indexOf(level) <= LEVELS.indexOf(chosen);
  }

  // id -> the chosen services' parts of it; ids of the controls that apply, in the standard's order
  function applying(sel) {
    var found = Object.create(null);
    var list = [];
    function take(c) {
      if (!found[c.id]) { found[c.id] = []; list.push(c); }
      return found[c.id];
    }
    Object.keys(controls).forEach(function (id) {
      var c = controls[id];
      if (c.level === 'baseline' || (c.accountWide && within(c.level, sel.level))) take(c);
    });
    sel.services.forEach(function (s) {
      (parts[s] || []).forEach(function (p) {
        var c = controls[p.control];
        if (c && (c.level === 'baseline' || within(c.level, sel.level))) take(c).push(p);
      });
    });
    list.sort(function (a, b) { return a.order - b.order; });
    return { list: list, parts: found };
  }

  // ---- an item, as the page's template writes one (_macros.ftlh checkItem) ----------------------------
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  // a site path ("controls/IAM-01/", "verification/#aws-config/x") from this page, as links are written
  function href(url) {
    var hash = url.indexOf('#');
    var path = hash < 0 ? url : url.slice(0, hash);
    if (path === '' || path.charAt(path.length - 1) === '/') path += 'index.html';
    return root + path + (hash < 0 ? '' : url.slice(hash));
  }

  function badge(className, label, value) {
    var b = el('span', 'badge ' + className);
    b.appendChild(el('span', 'visually-hidden', label));
    b.appendChild(document.createTextNode(value));
    return b;
  }

  // HTML the build rendered from the standard's Markdown (sanitised then): never what a reader typed
  function html(className, markup) {
    var d = el('div', className);
    d.innerHTML = markup;
    return d;
  }

  function serviceName(id) {
    var label = form.querySelector('label[for="pick-' + id + '"]');
    return label ? label.textContent.trim() : id;
  }

  function serviceUrl(id) {
    var link = form.querySelector('a[data-service="' + id + '"]');
    return link ? link.getAttribute('href') : '';
  }

  function item(c, found, sel) {
    var li = el('li', 'check-item');
    li.id = c.id;
    li.setAttribute('data-id', c.id);
    var applies = [];
    if (c.level === 'baseline') applies.push('baseline');
    if (c.accountWide) applies.push('account-wide');
    found.forEach(function (p) { applies.push(p.service); });
    li.setAttribute('data-applies', applies.join(' '));
    var head = el('div', 'check-head');
    var box = el('input');
    box.type = 'checkbox';
    box.id = 'tick-' + c.id;
    box.setAttribute('data-id', c.id);
    var label = el('label');
    label.htmlFor = box.id;
    label.appendChild(el('span', 'cid', c.id));
    label.appendChild(document.createTextNode(' ' + c.title));
    head.appendChild(box);
    head.appendChild(label);
    li.appendChild(head);
    var badges = el('p', 'badges');
    badges.appendChild(badge('level-' + c.level, 'Level: ', c.level));
    if (c.severity) { badges.appendChild(document.createTextNode(' ')); badges.appendChild(badge('severity-' + c.severity, 'Severity: ', c.severity)); }
    if (c.responsibility) { badges.appendChild(document.createTextNode(' ')); badges.appendChild(badge('resp-' + c.responsibility, 'Responsibility: ', c.responsibility)); }
    if (c.status !== 'active') { badges.appendChild(document.createTextNode(' ')); badges.appendChild(el('span', 'badge status-' + c.status, c.status)); }
    if (c.wideBadge) { badges.appendChild(document.createTextNode(' ')); badges.appendChild(el('span', 'badge account-wide', 'account-wide')); }
    li.appendChild(badges);
    li.appendChild(html('statement', c.statement));
    // the requirements within the level, by id; those above it named as left out (as the checklist does)
    var all = c.requirements.concat(c.above).sort(function (x, y) { return x.n - y.n; });
    var reqs = all.filter(function (r) { return within(r.level, sel.level); });
    var above = all.filter(function (r) { return !within(r.level, sel.level); });
    if (reqs.length) {
      var ol = el('ol', 'requirements');
      reqs.forEach(function (r) {
        var rli = el('li');
        rli.setAttribute('data-requirement', r.id);
        var id = el('a', 'req-id', '(' + r.id + ')');
        id.href = href(r.url);
        rli.appendChild(id);
        rli.appendChild(document.createTextNode(' '));
        var text = html('', r.html);
        while (text.firstChild) rli.appendChild(text.firstChild);
        ol.appendChild(rli);
      });
      li.appendChild(ol);
    }
    if (above.length) {
      var left = el('p', 'above', 'Not in this checklist, at a higher level: ');
      above.forEach(function (r, i) {
        if (i) left.appendChild(document.createTextNode(', '));
        var a = el('a', '', '(' + r.id + ')');
        a.href = href(r.url);
        left.appendChild(a);
        left.appendChild(document.createTextNode(' ' + r.level));
      });
      left.appendChild(document.createTextNode('.'));
      li.appendChild(left);
    }
    if (found.length) {
      var dl = el('dl', 'service-parts');
      found.forEach(function (p) {
        var dt = el('dt');
        dt.setAttribute('data-service', p.service);
        var a = el('a', '', serviceName(p.service));
        a.href = serviceUrl(p.service);
        dt.appendChild(a);
        if (p.responsibility) { dt.appendChild(document.createTextNode(' ')); dt.appendChild(badge('resp-' + p.responsibility, 'Responsibility: ', p.responsibility)); }
        dl.appendChild(dt);
        var yours = el('dd', 'part part-customer');
        yours.appendChild(el('strong', '', 'Your part:'));
        // the control applies to the service as a whole: its part is the statement, shown above
        if (p.wholeControl) yours.appendChild(document.createTextNode(' the whole control, as stated above.'));
        else { yours.appendChild(document.createTextNode(' ')); yours.appendChild(html('part-text', p.customer)); }
        dl.appendChild(yours);
        if (p.provider) {
          var theirs = el('dd', 'part part-provider');
          theirs.appendChild(el('strong', '', provider + '’s part:'));
          theirs.appendChild(document.createTextNode(' '));
          theirs.appendChild(html('part-text', p.provider));
          dl.appendChild(theirs);
        }
      });
      li.appendChild(dl);
    }
    if (c.verification.length) {
      var how = el('p', 'how');
      how.appendChild(el('strong', '', 'How to verify:'));
      c.verification.forEach(function (v, i) {
        how.appendChild(document.createTextNode((i ? '; ' : ' ') + v.methodTitle));
        if (!v.ref) return;
        how.appendChild(document.createTextNode(' '));
        var code = el('code', '', v.ref);
        if (v.url) {
          var link = el('a');
          link.href = href(v.url);
          link.appendChild(code);
          how.appendChild(link);
        } else {
          how.appendChild(code);
        }
      });
      li.appendChild(how);
    }
    var more = el('p', 'more');
    var read = el('a', '', 'Read ' + c.id + ' in full');
    read.href = href(c.url);
    read.appendChild(el('span', 'visually-hidden', ': ' + c.title));
    more.appendChild(read);
    li.appendChild(more);
    return li;
  }

  // ---- the list ---------------------------------------------------------------------------------------
  var checklist = null;
  var current = null;
  var generation = 0;

  function key(sel) {
    return 'bulwark-workload:' + standard + ':' + version + ':' + sel.level + ':' + sel.services.slice().sort().join(',');
  }

  function names(services) {
    return services.map(serviceName).join(', ');
  }

  function render() {
    var sel = selection();
    var mine = ++generation;
    status.textContent = 'Loading the controls…';
    load(sel.services, function (failed, commonFailed) {
      if (mine !== generation) return;
      show(sel, failed, commonFailed);
    });
  }

  function show(sel, failed, commonFailed) {
    current = sel;
    // which selection the list shows, for whoever waits for it (tests)
    view.setAttribute('data-shown', sel.level + ':' + sel.services.slice().sort().join(','));
    var found = applying(sel);
    var byArea = Object.create(null);
    var counts = { baseline: 0, services: 0, wide: 0 };
    found.list.forEach(function (c) {
      (byArea[c.area] = byArea[c.area] || []).push(item(c, found.parts[c.id], sel));
      if (c.level === 'baseline') counts.baseline++;
      else if (c.accountWide) counts.wide++;
      else counts.services++;
    });
    Array.prototype.forEach.call(document.querySelectorAll('.checklist-area'), function (section) {
      var area = section.getAttribute('data-area');
      var items = byArea[area] || [];
      var list = section.querySelector('.checklist');
      list.textContent = '';
      items.forEach(function (i) { list.appendChild(i); });
      section.hidden = !items.length;
      section.querySelector('.area-count').textContent = items.length + (items.length === 1 ? ' control' : ' controls');
      var summary = document.querySelector('[data-area-count="' + area + '"]');
      if (summary) summary.closest('li').hidden = !items.length;
    });
    var total = found.list.length;
    var what = sel.services.length ? names(sel.services) : 'no services chosen';
    // a standard that names no services: every control is the account's, nothing to choose but the level
    document.getElementById('workload-summary').textContent = total + ' controls apply at level ' + sel.level
      + (serviceBoxes.length ? ' (' + what + '): ' + counts.baseline + ' in the baseline, ' + counts.services
        + ' for the chosen services, ' + counts.wide + ' account-wide.' : ': ' + counts.baseline + ' in the baseline.');
    document.getElementById('print-selection').textContent = (serviceBoxes.length ? 'Services: '
      + (sel.services.length ? names(sel.services) : 'none chosen') + '. ' : '') + 'Level: ' + sel.level + '. '
      + total + ' controls.';
    var problems = [];
    if (commonFailed) problems.push('the controls every workload gets');
    failed.forEach(function (s) { problems.push(serviceName(s)); });
    status.textContent = problems.length ? 'Could not load the controls of ' + problems.join(', ')
      + ': the site’s workload/data folder is incomplete.' : '';
    if (!checklist) {
      checklist = window.BulwarkChecklist({
        key: key(sel),
        header: ['standard', 'version', 'level', 'services', 'area', 'id', 'title', 'control_level', 'severity',
          'responsibility', 'applies_to'],
        row: function (li, c) {
          var level = li.querySelector('.badge[class*="level-"]');
          return [standard, version, current.level, current.services.join(' '), c.area, c.id, c.title,
            level ? level.textContent.replace('Level: ', '').trim() : '', c.severity, c.responsibility,
            li.getAttribute('data-applies') || ''];
        },
        filename: function () {
          return 'workload-' + standard + '-' + version + '-' + current.level
            + (current.services.length ? '-' + current.services.join('-') : '') + '.csv';
        }
      });
    } else {
      checklist.use(key(sel));
    }
    if (window.performance && performance.mark) performance.mark('bulwark-workload-shown');
  }

  function changed() {
    remember(selection());
    address.say(unknown, []);
    render();
  }

  form.addEventListener('change', changed);
  form.addEventListener('submit', function (e) { e.preventDefault(); changed(); });
  window.addEventListener('hashchange', function () { restore(); render(); });

  restore();
  form.hidden = false;
  var plain = document.getElementById('workload-plain');
  if (plain) plain.hidden = true;
  render();
})();
