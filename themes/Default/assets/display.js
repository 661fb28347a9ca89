/* Text size and contrast (适老化): applies the reader's remembered choice to <html> before the first paint and wires the
   chooser at the top of every page. Ours, no third-party code; the choice stays in this browser's localStorage and is
   never sent anywhere. Without JavaScript the page keeps the browser's own size, the 大字版 has its own URL, and the
   stylesheet still follows prefers-contrast and forced-colors. */
(function () {
  'use strict';

  var root = document.documentElement;
  var scales = ['125', '150', '200'];
  var sizeKey = 'sitegen.textScale';
  var contrastKey = 'sitegen.contrast';

  // Storage can be switched off or full (private windows); the page then simply keeps its default.
  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function write(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* not remembered, still applied */ }
  }

  function applyScale(scale) {
    scales.forEach(function (s) { root.classList.remove('text-' + s); });
    if (scales.indexOf(scale) >= 0) {
      root.classList.add('text-' + scale);
    }
  }

  // "high" and "standard" are the reader's explicit choices; with neither, the stylesheet follows prefers-contrast.
  function applyContrast(choice) {
    root.classList.toggle('contrast-high', choice === 'high');
    root.classList.toggle('contrast-standard', choice === 'standard');
  }

  function currentScale() {
    for (var i = 0; i < scales.length; i++) {
      if (root.classList.contains('text-' + scales[i])) return scales[i];
    }
    return '100';
  }

  function highContrastOn() {
    if (root.classList.contains('contrast-high')) return true;
    if (root.classList.contains('contrast-standard')) return false;
    return !!(window.matchMedia && window.matchMedia('(prefers-contrast: more)').matches);
  }

  // The 大字版 fixes its own size in its markup; a remembered choice applies everywhere else.
  if (!root.hasAttribute('data-fixed-scale')) {
    applyScale(read(sizeKey));
  }
  applyContrast(read(contrastKey));

  function wire() {
    var controls = document.getElementById('display-controls');
    if (!controls) return;
    var sizeButtons = controls.querySelectorAll('[data-text-scale]');
    var contrastButton = controls.querySelector('[data-contrast]');

    function show() {
      var scale = currentScale();
      Array.prototype.forEach.call(sizeButtons, function (b) {
        b.setAttribute('aria-pressed', String(b.getAttribute('data-text-scale') === scale));
      });
      contrastButton.setAttribute('aria-pressed', String(highContrastOn()));
    }

    Array.prototype.forEach.call(sizeButtons, function (b) {
      b.addEventListener('click', function () {
        var scale = b.getAttribute('data-text-scale');
        applyScale(scale);
        write(sizeKey, scale);
        show();
      });
    });
    contrastButton.addEventListener('click', function () {
      var choice = highContrastOn() ? 'standard' : 'high';
      applyContrast(choice);
      write(contrastKey, choice);
      show();
    });

    show();
    controls.hidden = false;

    // Where the page is narrow for its text the stylesheet shows the chooser's summary: closed at load, the chooser
    // leaves the page's heading in view. Wide again (a phone turned, a smaller size chosen) the summary is gone, so
    // the chooser must not stay closed with nothing to open it.
    var summary = controls.querySelector('summary');
    function collapsible() { return getComputedStyle(summary).display !== 'none'; }
    if (collapsible()) controls.open = false;
    window.addEventListener('resize', function () {
      if (!collapsible()) controls.open = true;
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();
