// Runs in <head>, before the page paints: a stored light/dark choice never flashes, and
// .js tells the stylesheet that script-only controls (theme toggle, copy-link) will work.
(function () {
  var html = document.documentElement;
  html.classList.add('js');
  try {
    var t = localStorage.getItem('bulwark-theme');
    if (t === 'dark' || t === 'light') html.setAttribute('data-theme', t);
  } catch (e) { /* storage unavailable (some file:// setups): follow the system */ }
})();
