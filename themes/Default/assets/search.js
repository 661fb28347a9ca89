/* SiteGen search: our own small script, no third-party code. It reads search/meta.json at start, then fetches only
   the index shards its query terms hash to, checks that the tokens stand next to each other (so every result
   contains the query string), ranks by BM25, and fetches one fragment per shown result for its snippet.
   Query syntax: several terms (all must match), "quoted phrases", and -term to exclude. */
(function () {
  "use strict";

  var app = document.getElementById("search-app");
  if (!app || !window.fetch || !window.SiteGenTokenizer) return;

  var tokenize = window.SiteGenTokenizer.tokenize;
  var indexBase = app.getAttribute("data-index");
  var linkPrefix = app.getAttribute("data-link-prefix");
  var linkSuffix = app.getAttribute("data-link-suffix") || "";
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var PAGE = 20;

  var meta = null;
  var shardCache = {};
  var fragmentCache = {};
  var generation = 0;
  var current = [];
  var shown = 0;

  app.hidden = false;
  document.documentElement.classList.add("search-ready");

  function getJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  function loadMeta() {
    if (!meta) meta = getJson(indexBase + "meta.json");
    return meta;
  }

  // FNV-1a over UTF-8 bytes, as TermHash.cs computes it.
  function fnv1a(term) {
    var bytes = new TextEncoder().encode(term);
    var hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      hash ^= bytes[i];
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
  }

  function shard(term, m) {
    var n = fnv1a(term) % m.shards;
    if (!shardCache[n]) shardCache[n] = getJson(indexBase + "t/" + n + ".json");
    return shardCache[n];
  }

  // A term's postings: doc → { weight, positions }, decoded from the flat list written by ShardedIndexWriter.
  function decode(flat) {
    var postings = new Map();
    var doc = 0;
    for (var i = 0; i < flat.length;) {
      doc += flat[i++];
      var weight = flat[i++] / 1000;
      var count = flat[i++];
      var positions = new Array(count);
      var p = 0;
      for (var k = 0; k < count; k++) { p += flat[i++]; positions[k] = p; }
      postings.set(doc, { weight: weight, positions: positions });
    }
    return postings;
  }

  function parseQuery(text) {
    var parts = [];
    var re = /(-?)(?:["“”]([^"“”]*)["“”]?|(\S+))/g;
    var m;
    while ((m = re.exec(text)) !== null) {
      var body = m[2] !== undefined ? m[2] : m[3];
      var tokens = tokenize(body);
      if (tokens.length) parts.push({ exclude: m[1] === "-", text: body, tokens: tokens });
    }
    return parts;
  }

  // Where a part stands in a document: the start positions at which every token sits at its offset.
  function matchStarts(part, postingsByTerm, doc) {
    var first = postingsByTerm.get(part.tokens[0].term).get(doc);
    if (!first) return [];
    var starts = [];
    outer: for (var i = 0; i < first.positions.length; i++) {
      var start = first.positions[i] - part.tokens[0].position;
      for (var t = 1; t < part.tokens.length; t++) {
        var entry = postingsByTerm.get(part.tokens[t].term).get(doc);
        if (!entry || entry.positions.indexOf(start + part.tokens[t].position) < 0) continue outer;
      }
      starts.push(start);
    }
    return starts;
  }

  function partLength(part) {
    var last = part.tokens[part.tokens.length - 1];
    return last.position + Array.from(last.term).length - part.tokens[0].position;
  }

  function idf(df, n) {
    return Math.log(1 + Math.abs((n - df + 0.5) / (df + 0.5)));
  }

  function selectedFilters(m) {
    return m.facets.map(function (facet) {
      var select = document.getElementById("filter-" + facet.name);
      return select && select.value !== "" ? facet.values.indexOf(select.value) : -1;
    });
  }

  function search(text) {
    var run = ++generation;
    var parts = parseQuery(text);
    return loadMeta().then(function (m) {
      var terms = {};
      parts.forEach(function (p) { p.tokens.forEach(function (t) { terms[t.term] = true; }); });
      var names = Object.keys(terms);
      return Promise.all(names.map(function (t) { return shard(t, m); })).then(function (shards) {
        if (run !== generation) return null;
        var postingsByTerm = new Map();
        names.forEach(function (t, i) { postingsByTerm.set(t, decode(shards[i][t] || [])); });
        var filters = selectedFilters(m);
        var positive = parts.filter(function (p) { return !p.exclude; });
        var results = [];
        if (positive.length) {
          // Candidates: the documents of the rarest term of the first part, then every part checked in full.
          var seed = positive[0].tokens.map(function (t) { return postingsByTerm.get(t.term); })
            .reduce(function (a, b) { return a.size <= b.size ? a : b; });
          seed.forEach(function (_, doc) {
            var row = m.docs[doc];
            for (var f = 0; f < filters.length; f++) if (filters[f] >= 0 && row[f] !== filters[f]) return;
            var starts = null;
            for (var i = 0; i < parts.length; i++) {
              var s = matchStarts(parts[i], postingsByTerm, doc);
              if (parts[i].exclude ? s.length > 0 : s.length === 0) return;
              if (!parts[i].exclude && starts === null) starts = { part: parts[i], at: s[0] };
            }
            var score = 0;
            Object.keys(terms).forEach(function (t) {
              var postings = postingsByTerm.get(t);
              var entry = postings.get(doc);
              if (entry && !parts.some(function (p) { return p.exclude && p.tokens.some(function (k) { return k.term === t; }); })) {
                score += idf(postings.size, m.documents) * entry.weight;
              }
            });
            results.push({ doc: doc, score: score, first: starts });
          });
        }
        results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return { parts: positive, results: results };
      });
    });
  }

  function fragment(doc) {
    if (!fragmentCache[doc]) fragmentCache[doc] = getJson(indexBase + "f/" + doc + ".json");
    return fragmentCache[doc];
  }

  // The snippet: the field text around the first match, the match itself in <mark>. Built with text nodes only.
  function snippet(frag, first) {
    var p = document.createElement("p");
    p.className = "snippet";
    if (!first) return p;
    var offset = 0;
    for (var f = 0; f < frag.fields.length; f++) {
      var chars = Array.from(frag.fields[f]);
      if (first.at < offset + chars.length) {
        var at = first.at - offset;
        var length = partLength(first.part);
        var from = Math.max(0, at - 30);
        var to = Math.min(chars.length, at + length + 60);
        p.appendChild(document.createTextNode((from > 0 ? "…" : "") + chars.slice(from, at).join("").replace(/\s+/g, " ")));
        var mark = document.createElement("mark");
        mark.textContent = chars.slice(at, at + length).join("");
        p.appendChild(mark);
        p.appendChild(document.createTextNode(chars.slice(at + length, to).join("").replace(/\s+/g, " ") + (to < chars.length ? "…" : "")));
        return p;
      }
      offset += chars.length + frag.gap;
    }
    return p;
  }

  function renderMore(run) {
    var slice = current.slice(shown, shown + PAGE);
    shown += slice.length;
    more.hidden = shown >= current.length;
    return Promise.all(slice.map(function (r) { return fragment(r.doc); })).then(function (frags) {
      if (run !== generation) return;
      frags.forEach(function (frag, i) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = linkPrefix + frag.route + linkSuffix;
        a.textContent = frag.title;
        var h = document.createElement("h2");
        h.appendChild(a);
        var facts = document.createElement("p");
        facts.className = "meta";
        facts.textContent = frag.agency + " · " + frag.year + " 年度 · " + frag.region;
        li.appendChild(h);
        li.appendChild(facts);
        li.appendChild(snippet(frag, slice[i].first));
        list.appendChild(li);
      });
    });
  }

  function show(text) {
    var run = generation + 1;
    list.textContent = "";
    shown = 0;
    more.hidden = true;
    if (!text.trim()) {
      generation++;
      status.textContent = "请输入要查找的词语。";
      return Promise.resolve();
    }
    return search(text).then(function (found) {
      if (!found || run !== generation) return;
      current = found.results;
      // The status is announced once the first results are on the page, not before.
      return renderMore(run).then(function () {
        if (run !== generation) return;
        status.textContent = current.length
          ? "找到 " + current.length + " 份包含“" + text.trim() + "”的报告。"
          : "没有找到包含“" + text.trim() + "”的报告。";
      });
    }).catch(function () {
      status.textContent = "搜索索引无法加载，请稍后再试，或按年度、机关浏览报告。";
    });
  }

  function readAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      select.value = params.get(select.name) || "";
    });
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      if (select.value) params.set(select.name, select.value);
    });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    writeAddress();
    show(input.value);
  });
  input.addEventListener("input", function () { writeAddress(); show(input.value); });
  Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
    select.addEventListener("change", function () { writeAddress(); show(input.value); });
  });
  more.addEventListener("click", function () {
    var next = list.children.length;
    renderMore(generation).then(function () {
      var item = list.children[next];
      if (item) { var link = item.querySelector("a"); if (link) link.focus(); }
    });
  });

  readAddress();
  if (input.value) show(input.value);
})();
