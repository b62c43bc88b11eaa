// The site's one script (`assets/site.js`), plain JavaScript with no library: the locale switch
// (remembered in localStorage), search over the index script it loads on first use, the findings
// filters, and pan and zoom of the diagrams with their links kept clickable. It builds every
// result with textContent and attributes, never with HTML, so no model string is ever markup.

export const SITE_SCRIPT = `(function () {
  'use strict';
  var html = document.documentElement;
  var STORE = 'gea-site-locale';
  var root = html.getAttribute('data-root') || '';
  var locales = ['mn', 'en'];

  function currentLocale() { return html.getAttribute('data-locale') || 'mn'; }

  function setLocale(locale) {
    if (locales.indexOf(locale) < 0) return;
    html.setAttribute('data-locale', locale);
    html.setAttribute('lang', locale);
    var title = html.getAttribute('data-title-' + locale);
    if (title) document.title = title;
    var input = document.getElementById('search-input');
    var placeholder = input && input.getAttribute('data-placeholder-' + locale);
    if (placeholder) input.setAttribute('placeholder', placeholder);
    document.querySelectorAll('[data-set-locale]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-set-locale') === locale));
    });
    document.dispatchEvent(new CustomEvent('gea-locale', { detail: locale }));
  }

  try {
    var saved = window.localStorage.getItem(STORE);
    if (saved && locales.indexOf(saved) >= 0) { html.setAttribute('data-locale', saved); html.setAttribute('lang', saved); }
  } catch (error) { /* storage is off: the page opens in its own locale */ }

  function fill(template, values) {
    return template.replace(/\\{(\\w+)\\}/g, function (whole, name) { return name in values ? String(values[name]) : whole; });
  }

  function setupLocaleSwitch() {
    document.querySelectorAll('[data-set-locale]').forEach(function (button) {
      button.addEventListener('click', function () {
        var locale = button.getAttribute('data-set-locale');
        setLocale(locale);
        try { window.localStorage.setItem(STORE, locale); } catch (error) { /* not remembered */ }
      });
    });
    setLocale(currentLocale());
  }

  function setupSearch() {
    var form = document.querySelector('[data-search]');
    if (!form) return;
    var input = form.querySelector('input');
    var list = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var waiting = null;
    var MAX = 20;

    // Loads the index once; whatever asked for it while it loads runs when it is there.
    function load(then) {
      if (window.GEA_SEARCH) return then();
      if (waiting) return waiting.push(then);
      waiting = [then];
      var script = document.createElement('script');
      script.src = root + 'assets/search-index.js';
      script.onload = function () { var callbacks = waiting; waiting = null; callbacks.forEach(function (callback) { callback(); }); };
      document.head.appendChild(script);
    }
    function normal(text) { return String(text).normalize('NFC').toLocaleLowerCase(); }
    function run() {
      var query = normal(input.value.trim());
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!query) { list.hidden = true; status.textContent = ''; return; }
      var index = window.GEA_SEARCH;
      var locale = currentLocale();
      var found = [];
      for (var i = 0; i < index.entries.length; i++) {
        var entry = index.entries[i];
        var rank = -1;
        for (var n = 0; n < entry.length; n++) {
          if (n === 1 || n === 2) continue;
          var text = normal(entry[n]);
          var at = text.indexOf(query);
          if (at === 0) { rank = 0; break; }
          if (at > 0 && rank < 0) rank = 1;
        }
        if (rank >= 0) found.push([rank, entry]);
      }
      found.sort(function (a, b) { return a[0] - b[0] || (a[1][0] < b[1][0] ? -1 : a[1][0] > b[1][0] ? 1 : 0); });
      var words = index.words[locale];
      status.textContent = found.length ? fill(words.results, { count: found.length }) : words.none;
      found.slice(0, MAX).forEach(function (item) {
        var entry = item[1];
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = root + entry[2];
        var kind = document.createElement('span');
        kind.className = 'result-kind';
        kind.textContent = (index.kinds[entry[1]] || {})[locale] || entry[1];
        var name = document.createElement('span');
        name.textContent = entry[3] !== undefined ? nameIn(entry, locale) : entry[0];
        var id = document.createElement('span');
        id.className = 'result-id';
        id.textContent = entry[0];
        a.appendChild(kind);
        a.appendChild(name);
        a.appendChild(id);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = found.length === 0;
    }
    // An entry is [id, kind, page, name in Mongolian, name in English, names in other locales…].
    function nameIn(entry, locale) { return entry[3 + Math.max(0, locales.indexOf(locale))] || entry[3]; }
    input.addEventListener('input', function () { load(run); });
    input.addEventListener('focus', function () { load(function () {}); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') { var first = list.querySelector('a'); if (first) { event.preventDefault(); first.focus(); } }
      if (event.key === 'Escape') { input.value = ''; run(); }
    });
    list.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (event.key === 'Escape') { input.focus(); }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var first = list.querySelector('a');
      if (first) window.location.href = first.href;
    });
    document.addEventListener('gea-locale', function () { if (input.value && window.GEA_SEARCH) run(); });
  }

  function setupFilters() {
    var form = document.querySelector('[data-filters]');
    if (!form) return;
    var rows = Array.prototype.slice.call(document.querySelectorAll('table.findings tbody tr'));
    var output = form.querySelector('output');
    function apply() {
      var wanted = {};
      form.querySelectorAll('select[data-filter]').forEach(function (select) { wanted[select.getAttribute('data-filter')] = select.value; });
      var shown = 0;
      rows.forEach(function (row) {
        var match = Object.keys(wanted).every(function (name) { return !wanted[name] || row.getAttribute('data-' + name) === wanted[name]; });
        row.hidden = !match;
        if (match) shown++;
      });
      output.textContent = fill(output.getAttribute('data-template-' + currentLocale()) || '{shown}/{total}', { shown: shown, total: rows.length });
    }
    form.addEventListener('change', apply);
    document.addEventListener('gea-locale', apply);
    apply();
  }

  function setupDiagram(figure) {
    var viewport = figure.querySelector('.viewport');
    var svg = viewport && viewport.querySelector('svg');
    if (!svg) return;
    var width = parseFloat(svg.getAttribute('width')) || 800;
    var height = parseFloat(svg.getAttribute('height')) || 600;
    var view = { scale: 1, x: 0, y: 0 };
    function draw() { svg.style.transform = 'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.scale + ')'; }
    // Fits the width (never enlarging) and makes the viewport as tall as the drawing, within 70% of the window.
    function fit() {
      var box = viewport.getBoundingClientRect();
      view.scale = Math.min(1, box.width / width) || 1;
      var tall = Math.max(256, Math.min(window.innerHeight * 0.7, height * view.scale));
      viewport.style.height = tall + 'px';
      view.x = (box.width - width * view.scale) / 2;
      view.y = Math.max(0, (tall - height * view.scale) / 2);
      draw();
    }
    function zoom(factor, cx, cy) {
      var box = viewport.getBoundingClientRect();
      if (cx === undefined) { cx = box.width / 2; cy = box.height / 2; }
      var scale = Math.min(8, Math.max(0.05, view.scale * factor));
      view.x = cx - (cx - view.x) * (scale / view.scale);
      view.y = cy - (cy - view.y) * (scale / view.scale);
      view.scale = scale;
      draw();
    }
    figure.querySelectorAll('[data-zoom]').forEach(function (button) {
      button.addEventListener('click', function () {
        var action = button.getAttribute('data-zoom');
        if (action === 'in') zoom(1.25);
        else if (action === 'out') zoom(0.8);
        else fit();
      });
    });
    viewport.addEventListener('wheel', function (event) {
      event.preventDefault();
      var box = viewport.getBoundingClientRect();
      zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });
    var drag = null;
    var moved = false;
    viewport.addEventListener('pointerdown', function (event) {
      if (event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, startX: view.x, startY: view.y, id: event.pointerId };
      moved = false;
    });
    viewport.addEventListener('pointermove', function (event) {
      if (!drag) return;
      var dx = event.clientX - drag.x;
      var dy = event.clientY - drag.y;
      if (!moved && Math.abs(dx) + Math.abs(dy) > 4) {
        moved = true;
        viewport.classList.add('dragging');
        viewport.setPointerCapture(drag.id);
      }
      if (moved) { view.x = drag.startX + dx; view.y = drag.startY + dy; draw(); }
    });
    function end() { drag = null; viewport.classList.remove('dragging'); }
    viewport.addEventListener('pointerup', end);
    viewport.addEventListener('pointercancel', end);
    // A drag that ends on a box is a pan, not a click on its link.
    viewport.addEventListener('click', function (event) { if (moved) { event.preventDefault(); event.stopPropagation(); moved = false; } }, true);
    viewport.addEventListener('keydown', function (event) {
      var step = 40;
      var keys = {
        '+': function () { zoom(1.25); }, '=': function () { zoom(1.25); }, '-': function () { zoom(0.8); }, '0': fit,
        ArrowLeft: function () { view.x += step; draw(); }, ArrowRight: function () { view.x -= step; draw(); },
        ArrowUp: function () { view.y += step; draw(); }, ArrowDown: function () { view.y -= step; draw(); },
      };
      if (keys[event.key] && event.target === viewport) { event.preventDefault(); keys[event.key](); }
    });
    fit();
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupLocaleSwitch();
    setupSearch();
    setupFilters();
    document.querySelectorAll('figure.diagram').forEach(setupDiagram);
  });
})();
`;
