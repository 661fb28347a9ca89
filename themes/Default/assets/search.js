/* SiteGen search page: the form, the address (?q= and filters, so searches can be bookmarked), the results list
   and the announcements. The matching itself is search-engine.js; tokenizer.js splits the query as the index did.
   Results are built from text nodes only: nothing from the index is ever parsed as HTML. */
(function () {
  "use strict";

  var app = document.getElementById("search-app");
  if (!app || !window.fetch || !window.SiteGenTokenizer || !window.SiteGenSearch) return;

  var linkPrefix = app.getAttribute("data-link-prefix");
  var linkSuffix = app.getAttribute("data-link-suffix") || "";
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  // The filters: selects, and the agency's text box.
  var selects = Array.prototype.slice.call(form.querySelectorAll("select, .filters input"));
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var PAGE = 10;

  var engine = window.SiteGenSearch.create({
    base: app.getAttribute("data-index"),
    tokenize: window.SiteGenTokenizer.tokenize,
    punctuation: window.SiteGenTokenizer.punctuation,
    getJson: function (url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return r.json();
      });
    },
    getBytes: function (url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return r.arrayBuffer();
      }).then(function (buffer) { return new Uint8Array(buffer); });
    },
  });
  var generation = 0;
  var current = null;
  var currentParts = [];
  var shown = 0;

  app.hidden = false;
  // The index's start-up file is fetched now, not at the first keystroke (a failure shows at the first search).
  engine.meta().catch(function () {});

  // Where the first part of the query first stands in a fragment: field, and the first and last code unit as written.
  function locate(frag, part) {
    // Fast path: the text as typed usually stands in the text as written.
    var typed = part.text.trim();
    for (var g = 0; g < frag.fields.length; g++) {
      var direct = frag.fields[g].indexOf(typed);
      if (direct >= 0) return { field: g, start: direct, end: direct + typed.length };
    }
    // Otherwise compare NFKC forms character by character (a full-width letter stays one character; ㈱ becomes
    // three), so a match in the normalized text maps back to the characters as written.
    var needle = typed.normalize("NFKC");
    for (var f = 0; f < frag.fields.length; f++) {
      var text = frag.fields[f];
      var pieces = [];
      var starts = [];
      var unit = 0;
      Array.from(text).forEach(function (c) { starts.push(unit); unit += c.length; pieces.push(c.normalize("NFKC")); });
      var at = pieces.join("").indexOf(needle);
      if (at < 0) continue;
      var length = 0, i = 0;
      while (i < pieces.length && length + pieces[i].length <= at) { length += pieces[i].length; i++; }
      var first = i;
      while (i < pieces.length && length < at + needle.length) { length += pieces[i].length; i++; }
      return { field: f, start: starts[first], end: i < pieces.length ? starts[i] : text.length };
    }
    return null;
  }

  // Up to n code points of text before (or after) a code unit offset, without splitting a surrogate pair; only the
  // few characters shown are ever split into code points, not the whole report.
  function before(text, at, n) {
    var chars = Array.from(text.slice(Math.max(0, at - 2 * n), at));
    return { text: chars.slice(-n).join(""), cut: at - 2 * n > 0 || chars.length > n };
  }

  function after(text, at, n) {
    var chars = Array.from(text.slice(at, at + 2 * n));
    return { text: chars.slice(0, n).join(""), cut: at + 2 * n < text.length || chars.length > n };
  }

  // The snippet: the text around the first match, the match itself in <mark>; the start of the text if not found.
  function snippet(frag, parts) {
    var p = document.createElement("p");
    p.className = "snippet";
    var found = parts.length ? locate(frag, parts[0]) : null;
    var text = frag.fields[found ? found.field : frag.fields.length - 1];
    var head = found ? before(text, found.start, 30) : { text: "", cut: false };
    var tail = after(text, found ? found.end : 0, 60);
    p.appendChild(document.createTextNode((head.cut ? "…" : "") + head.text.replace(/\s+/g, " ")));
    if (found) {
      var mark = document.createElement("mark");
      mark.textContent = text.slice(found.start, found.end);
      p.appendChild(mark);
    }
    p.appendChild(document.createTextNode(tail.text.replace(/\s+/g, " ") + (tail.cut ? "…" : "")));
    return p;
  }

  // One result: the report's title as a link, its agency, year and region, and the snippet.
  function resultItem(frag) {
    var li = document.createElement("li");
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = linkPrefix + frag.route + linkSuffix;
    a.textContent = frag.title;
    h.appendChild(a);
    var facts = document.createElement("p");
    facts.className = "meta";
    facts.textContent = frag.agency + " · " + frag.year + " 年度 · " + frag.region;
    li.appendChild(h);
    li.appendChild(facts);
    li.appendChild(snippet(frag, currentParts));
    return li;
  }

  // The next page of results, added to the list at once: one layout for the page, not one per result (showing
  // each result as its fragment arrived was measured slower for the whole page, and cost more CPU).
  function renderMore(run) {
    var slice = current.page(shown, shown + PAGE);
    shown += slice.length;
    more.hidden = shown >= current.count;
    return Promise.all(slice.map(function (r) { return current.fragment(r.doc); })).then(function (frags) {
      if (run !== generation) return;
      var items = document.createDocumentFragment();
      frags.forEach(function (frag) { items.appendChild(resultItem(frag)); });
      list.appendChild(items);
    });
  }

  function filters() {
    var chosen = {};
    selects.forEach(function (s) { if (s.value) chosen[s.name] = s.value; });
    return chosen;
  }

  function show(text) {
    var run = ++generation;
    list.textContent = "";
    shown = 0;
    more.hidden = true;
    if (!text.trim()) {
      status.textContent = "请输入要查找的词语。";
      return Promise.resolve();
    }
    return engine.search(text, filters()).then(function (found) {
      if (run !== generation) return;
      current = found;
      currentParts = found.parts;
      // The status is announced once the first results are on the page, not before.
      return renderMore(run).then(function () {
        if (run !== generation) return;
        status.textContent = current.count
          ? "找到 " + current.count + " 份包含“" + text.trim() + "”的报告。"
          : "没有找到包含“" + text.trim() + "”的报告。";
      });
    }).catch(function () {
      if (run === generation) status.textContent = "搜索索引无法加载，请稍后再试，或按年度、机关浏览报告。";
    });
  }

  function readAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    selects.forEach(function (s) { s.value = params.get(s.name) || ""; });
    // A filter set by the address is shown, not folded away.
    if (selects.some(function (s) { return s.value; })) document.getElementById("filter-box").open = true;
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  }

  // The address is written once the results are on the page, in a task of its own: replacing it costs a few
  // milliseconds of the main thread, which would otherwise delay the keystroke's first fetch or the results' paint.
  function update() {
    var run = generation + 1;
    show(input.value).then(function () {
      if (run === generation) setTimeout(writeAddress, 0);
    });
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
  input.addEventListener("input", update);
  selects.forEach(function (s) { s.addEventListener(s.tagName === "INPUT" ? "input" : "change", update); });
  more.addEventListener("click", function () {
    var next = list.children.length;
    renderMore(generation).then(function () {
      var link = list.children[next] && list.children[next].querySelector("a");
      if (link) link.focus();
    });
  });

  readAddress();
  if (input.value) show(input.value);
})();
