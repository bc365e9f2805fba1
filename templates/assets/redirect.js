// Keeps the #anchor of an old control URL when forwarding to the control's current page.
(function () {
  var me = document.currentScript;
  var target = me && me.getAttribute('data-target');
  if (target) location.replace(target + (location.hash || ''));
})();
