// Runs in <head>, before the page paints, so a stored dark/light choice never flashes.
(function () {
  try {
    var t = localStorage.getItem('bulwark-theme');
    if (t === 'dark' || t === 'light') document.documentElement.setAttribute('data-theme', t);
  } catch (e) { /* storage unavailable: follow the system */ }
})();
