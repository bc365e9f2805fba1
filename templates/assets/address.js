// A page's state in its address, for the pages whose scripts keep one there (the catalogue's
// filters, the workload view's selection): #service=lambda,s3&level=baseline, several values of a
// key separated by commas and written as they are, so the address reads as it is shared. A key
// repeated (service=lambda&service=s3, as older links wrote several values) reads the same.
// What the address holds that the page cannot use is named, as text, and ignored.
(function () {
  'use strict';

  // take(key, value) for each key=value of the address: returns the values it could not use, or
  // null for a key it does not know; the result is what was not understood
  function read(take) {
    var ignored = [];
    var hash = location.hash.slice(1);
    if (hash.indexOf('=') < 0) return ignored;
    new URLSearchParams(hash).forEach(function (value, key) {
      var left = take(key, value);
      if (left === null) { ignored.push(key + '=' + value); return; }
      left.forEach(function (v) { ignored.push(key + ' “' + v + '”'); });
    });
    return ignored;
  }

  // the values of one key: comma-separated, blank ones left out
  function values(value) {
    return value.split(',').map(function (v) { return v.trim(); }).filter(Boolean);
  }

  // pairs: [[key, [values]], ...]; a key without values is left out
  function write(pairs) {
    var hash = pairs.filter(function (p) { return p[1].length; })
      .map(function (p) { return p[0] + '=' + p[1].map(encodeURIComponent).join(','); }).join('&');
    try {
      history.replaceState(null, '', location.pathname + location.search + (hash ? '#' + hash : ''));
    } catch (e) { /* some file:// setups refuse; the page still works */ }
  }

  // said as text, never as markup: the address is anyone's to write
  function say(element, ignored) {
    element.hidden = !ignored.length;
    element.textContent = ignored.length ? 'Not understood in the address, and ignored: ' + ignored.join(', ') + '.' : '';
  }

  window.BulwarkAddress = { read: read, values: values, write: write, say: say };
})();
