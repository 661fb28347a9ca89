/* SiteGen search engine: the part of search that needs no page, so the search page, the tests and the benchmark
   in Node all run the same code. It fetches search/meta.json once, then only the shards its query terms hash to,
   checks that a query's tokens stand next to each other (so every result contains the query string), ranks by
   BM25, and fetches one fragment per shown result. Query syntax: several terms (all must match), "quoted phrases",
   and -term to exclude. */
(function (root) {
  "use strict";

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

  // A term's postings: doc → { weight, positions }, decoded from the flat list ShardedIndexWriter writes
  // (document delta, weight × 1000, position count, position deltas …).
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

  function parseQuery(text, tokenize) {
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

  function contains(sorted, value) {
    var lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] === value) return true;
      if (sorted[mid] < value) lo = mid + 1; else hi = mid - 1;
    }
    return false;
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
        if (!entry || !contains(entry.positions, start + part.tokens[t].position)) continue outer;
      }
      starts.push(start);
    }
    return starts;
  }

  /** The length of a part in code points, from its first token's start to its last token's end. */
  function partLength(part) {
    var last = part.tokens[part.tokens.length - 1];
    return last.position + Array.from(last.term).length - part.tokens[0].position;
  }

  // lunr.idf, as Bm25.cs computes it.
  function idf(df, n) {
    return Math.log(1 + Math.abs((n - df + 0.5) / (df + 0.5)));
  }

  function create(options) {
    var getJson = options.getJson;
    var base = options.base;
    var tokenize = options.tokenize;
    var meta = null;
    var shards = {};
    var fragments = {};

    function loadMeta() {
      if (!meta) meta = getJson(base + "meta.json");
      return meta;
    }

    function shard(term, m) {
      var n = fnv1a(term) % m.shards;
      if (!shards[n]) shards[n] = getJson(base + "t/" + n + ".json");
      return shards[n];
    }

    // Filter values per document are fetched only when a filter is set: start-up stays small at any archive size.
    var facets = null;
    function loadFacets() {
      if (!facets) facets = getJson(base + "facets.json");
      return facets;
    }

    /** filters: { facetName: value }. A free-text facet (the agency) matches names that contain the value. */
    function search(text, filters) {
      var parts = parseQuery(text, tokenize);
      var active = Object.keys(filters || {}).filter(function (k) { return filters[k]; });
      return Promise.all([loadMeta(), active.length ? loadFacets() : null]).then(function (loadedMeta) {
        var m = loadedMeta[0];
        var f = loadedMeta[1];
        var allowed = f ? f.facets.map(function (facet) {
          var value = filters[facet.name];
          if (!value) return null;
          var ok = {};
          facet.values.forEach(function (v, i) { if (facet.freeText ? v.indexOf(value) >= 0 : v === value) ok[i] = true; });
          return ok;
        }) : [];
        var terms = [];
        parts.forEach(function (p) { p.tokens.forEach(function (t) { if (terms.indexOf(t.term) < 0) terms.push(t.term); }); });
        return Promise.all(terms.map(function (t) { return shard(t, m); })).then(function (loaded) {
          var postingsByTerm = new Map();
          terms.forEach(function (t, i) { postingsByTerm.set(t, decode(loaded[i][t] || [])); });
          var excludedTerms = {};
          parts.forEach(function (p) { if (p.exclude) p.tokens.forEach(function (t) { excludedTerms[t.term] = true; }); });
          var positive = parts.filter(function (p) { return !p.exclude; });
          var results = [];
          if (positive.length) {
            // Candidates: the documents of the rarest term of the first part; then every part is checked in full.
            var seed = positive[0].tokens.map(function (t) { return postingsByTerm.get(t.term); })
              .reduce(function (a, b) { return a.size <= b.size ? a : b; });
            seed.forEach(function (_, doc) {
              var row = f ? f.docs[doc] : null;
              for (var k = 0; k < allowed.length; k++) if (allowed[k] && !allowed[k][row[k]]) return;
              var first = null;
              for (var i = 0; i < parts.length; i++) {
                var s = matchStarts(parts[i], postingsByTerm, doc);
                if (parts[i].exclude ? s.length > 0 : s.length === 0) return;
                if (!parts[i].exclude && first === null) first = { part: parts[i], at: s[0] };
              }
              var score = 0;
              terms.forEach(function (t) {
                var postings = postingsByTerm.get(t);
                var entry = postings.get(doc);
                if (entry && !excludedTerms[t]) score += idf(postings.size, m.documents) * entry.weight;
              });
              results.push({ doc: doc, score: score, first: first });
            });
          }
          results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
          return { parts: positive, results: results };
        });
      });
    }

    function fragment(doc) {
      if (!fragments[doc]) fragments[doc] = getJson(base + "f/" + doc + ".json");
      return fragments[doc];
    }

    return { meta: loadMeta, search: search, fragment: fragment };
  }

  var api = { create: create, parseQuery: parseQuery, partLength: partLength, fnv1a: fnv1a };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.SiteGenSearch = api;
})(this);
