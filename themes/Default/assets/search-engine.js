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

  // BM25 (k1 = 1.2, b = 0.75, lunr's idf) with field boosts title 2, agency 2, body 1. A posting carries only what
  // depends on its own document: the weight code w = ((body count × 128 + body length bucket) × 2) + 1 if the title or
  // agency holds the term, then those two counts. The body's length is 1.1^bucket tokens, compared with the average
  // in meta.json; title and agency are short and not length-normalized. (LengthBucket.cs, TermFiles.cs.)
  function tfPart(tf, norm) {
    return tf ? tf * 2.2 / (tf + 1.2 * norm) : 0;
  }

  // Reads one weight code (and the two counts it may announce) at flat[i]; returns the index after it.
  function readWeight(flat, i, averages, out) {
    var w = flat[i++];
    var body = w >> 1;
    var weight = 0;
    if (body) {
      var norm = averages[2] > 0 ? 0.25 + 0.75 * Math.pow(1.1, body & 127) / averages[2] : 1;
      weight += tfPart(body >> 7, norm);
    }
    if (w & 1) { weight += 2 * tfPart(flat[i++], 1) + 2 * tfPart(flat[i++], 1); }
    out.weight = weight;
    return i;
  }

  // An inline term's postings: doc → { weight, positions }, from the flat list the index writes
  // (document delta, weight code (+ title and agency counts), position count, position deltas …).
  function decodeInline(flat, averages) {
    var postings = new Map();
    var doc = 0;
    var w = {};
    for (var i = 0; i < flat.length;) {
      doc += flat[i++];
      i = readWeight(flat, i, averages, w);
      var count = flat[i++];
      var positions = new Array(count);
      var p = 0;
      for (var k = 0; k < count; k++) { p += flat[i++]; positions[k] = p; }
      postings.set(doc, { weight: w.weight, positions: positions });
    }
    return postings;
  }

  // A large term's documents and weight codes (d/ID.json); its positions come later, chunk by chunk, if a phrase
  // needs them.
  function decodeDocuments(flat, averages) {
    var postings = new Map();
    var doc = 0;
    var w = {};
    for (var i = 0; i < flat.length;) {
      doc += flat[i++];
      i = readWeight(flat, i, averages, w);
      postings.set(doc, { weight: w.weight, positions: null });
    }
    return postings;
  }

  // A position chunk (p/ID-K.json, documents K·r to (K+1)·r − 1): document delta (the first from K·r), count,
  // position deltas.
  function addPositions(postings, flat, firstDoc) {
    var doc = firstDoc;
    for (var i = 0; i < flat.length;) {
      doc += flat[i++];
      var count = flat[i++];
      var positions = new Array(count);
      var p = 0;
      for (var k = 0; k < count; k++) { p += flat[i++]; positions[k] = p; }
      var entry = postings.get(doc);
      if (entry) entry.positions = positions;
    }
  }

  function isBigram(term) {
    var chars = Array.from(term);
    return chars.length === 2 && chars.every(function (c) { return HAN.test(c); });
  }

  var HAN = /^[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF\u3007\u{20000}-\u{323AF}]$/u;

  // Of a run of overlapping bigrams, keep every other one and the last: bigrams at fixed offsets that together cover
  // every character still pin the whole run (政府@0 信息@2 公开@4 is 政府信息公开), with about half the positions
  // to fetch for a phrase.
  function tile(tokens) {
    var kept = [];
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      if (!isBigram(t.term)) { kept.push(t); continue; }
      var start = i;
      while (i + 1 < tokens.length && isBigram(tokens[i + 1].term) && tokens[i + 1].position === tokens[i].position + 1) i++;
      for (var k = start; k <= i; k += 2) kept.push(tokens[k]);
      if ((i - start) % 2 === 1) kept.push(tokens[i]);
    }
    return kept;
  }

  // A part that is one run of 3-8 Han characters may be a frequent phrase the index holds as a term of its own
  // (PhraseMiner.cs): then its documents alone answer it, without positions.
  function phraseOf(body) {
    var chars = Array.from(body.normalize("NFKC"));
    if (chars.length < 3 || chars.length > 8) return null;
    for (var i = 0; i < chars.length; i++) if (!HAN.test(chars[i]) || chars[i].length !== 1) return null;
    return chars.join("");
  }

  function parseQuery(text, tokenize, punctuation) {
    var parts = [];
    var re = /(-?)(?:["“”]([^"“”]*)["“”]?|(\S+))/g;
    var m;
    while ((m = re.exec(text)) !== null) {
      var body = m[2] !== undefined ? m[2] : m[3];
      var tokens = tile(tokenize(body)).concat(punctuation ? punctuation(body) : [])
        .sort(function (a, b) { return a.position - b.position; });
      if (tokens.length) parts.push({ exclude: m[1] === "-", text: body, tokens: tokens, phrase: phraseOf(body) });
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

  // Whether a part stands in a document: some start position at which every token sits at its offset.
  // A one-token part needs no positions: the term's postings say it.
  function partIn(part, postingsByTerm, doc) {
    if (part.tokens.length === 1) return postingsByTerm.get(part.tokens[0].term).has(doc);
    var first = postingsByTerm.get(part.tokens[0].term).get(doc);
    if (!first) return false;
    outer: for (var i = 0; i < first.positions.length; i++) {
      var start = first.positions[i] - part.tokens[0].position;
      for (var t = 1; t < part.tokens.length; t++) {
        var entry = postingsByTerm.get(part.tokens[t].term).get(doc);
        if (!entry || !contains(entry.positions, start + part.tokens[t].position)) continue outer;
      }
      return true;
    }
    return false;
  }

  function hasAllTerms(part, postingsByTerm, doc) {
    for (var t = 0; t < part.tokens.length; t++) if (!postingsByTerm.get(part.tokens[t].term).has(doc)) return false;
    return true;
  }

  /** The length of a part in code points, from its first token's start to its last token's end. */
  function partLength(part) {
    var last = part.tokens[part.tokens.length - 1];
    return last.position + Array.from(last.term).length - part.tokens[0].position;
  }

  // lunr.idf: ln(1 + |(N - df + 0.5) / (df + 0.5)|), with df kept with the term (the inline list's length, or df).
  function idf(df, n) {
    return Math.log(1 + Math.abs((n - df + 0.5) / (df + 0.5)));
  }

  function create(options) {
    var getJson = options.getJson;
    var base = options.base;
    var tokenize = options.tokenize;
    var meta = null;
    var files = {};

    function loadMeta() {
      if (!meta) meta = getJson(base + "meta.json");
      return meta;
    }

    function cached(url) {
      if (!files[url]) files[url] = getJson(url);
      return files[url];
    }

    // A term's postings: inline in its shard, or, for a large term, in its own documents file.
    function postingsOf(term, m) {
      return cached(base + "t/" + (fnv1a(term) % m.shards) + ".json").then(function (shard) {
        var entry = shard[term];
        if (!entry) return { postings: new Map(), large: null };
        if (Array.isArray(entry)) return { postings: decodeInline(entry, m.averages), large: null };
        return cached(base + "d/" + entry.id + ".json").then(function (flat) {
          return { postings: decodeDocuments(flat, m.averages), large: entry };
        });
      });
    }

    // Fetches the position chunks a large term needs for these documents, and adds them to its postings.
    function loadPositions(loaded, docs) {
      var entry = loaded.large;
      var needed = {};
      docs.forEach(function (doc) {
        var posting = loaded.postings.get(doc);
        if (!posting || posting.positions) return;
        // Chunks are fixed ranges of document numbers; a range whose documents keep no position has no file.
        var k = Math.floor(doc / entry.r);
        if (entry.chunks.indexOf(k) >= 0) needed[k] = true;
      });
      return Promise.all(Object.keys(needed).map(function (k) {
        var url = base + "p/" + entry.id + "-" + k + ".json";
        return cached(url).then(function (flat) {
          if (!loaded.added) loaded.added = {};
          if (!loaded.added[k]) { addPositions(loaded.postings, flat, k * entry.r); loaded.added[k] = true; }
        });
      })).then(function () {
        // A document whose term has no kept position (a single character inside a run) cannot match there.
        docs.forEach(function (doc) { var p = loaded.postings.get(doc); if (p && !p.positions) p.positions = []; });
      });
    }

    // Filter values per document are fetched only when a filter is set: start-up stays small at any archive size.
    function loadFacets() {
      return cached(base + "facets.json");
    }

    /** filters: { facetName: value }. A free-text facet (the agency) matches names that contain the value. */
    function search(text, filters) {
      var parts = parseQuery(text, tokenize, options.punctuation);
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
        // First the phrases: a part that is a frequent phrase becomes that one term.
        return Promise.all(parts.map(function (p) {
          if (!p.phrase) return null;
          return cached(base + "t/" + (fnv1a(p.phrase) % m.shards) + ".json").then(function (shard) {
            if (shard[p.phrase]) p.tokens = [{ term: p.phrase, position: 0 }];
          });
        })).then(function () {
        var terms = [];
        parts.forEach(function (p) { p.tokens.forEach(function (t) { if (terms.indexOf(t.term) < 0) terms.push(t.term); }); });
        return Promise.all(terms.map(function (t) { return postingsOf(t, m); })).then(function (loaded) {
          var byTerm = new Map();
          var postingsByTerm = new Map();
          terms.forEach(function (t, i) { byTerm.set(t, loaded[i]); postingsByTerm.set(t, loaded[i].postings); });
          var positive = parts.filter(function (p) { return !p.exclude; });
          if (!positive.length) return { parts: positive, results: [] };

          // Candidates: documents of the rarest term of the first part that hold every term of every positive part
          // and pass the filters. Only these need positions.
          var seed = positive[0].tokens.map(function (t) { return postingsByTerm.get(t.term); })
            .reduce(function (a, b) { return a.size <= b.size ? a : b; });
          var candidates = [];
          seed.forEach(function (_, doc) {
            var row = f ? f.docs[doc] : null;
            for (var k = 0; k < allowed.length; k++) if (allowed[k] && !allowed[k][row[k]]) return;
            for (var i = 0; i < positive.length; i++) if (!hasAllTerms(positive[i], postingsByTerm, doc)) return;
            candidates.push(doc);
          });

          var phraseTerms = {};
          parts.forEach(function (p) { if (p.tokens.length > 1) p.tokens.forEach(function (t) { phraseTerms[t.term] = true; }); });
          var fetches = Object.keys(phraseTerms).filter(function (t) { return byTerm.get(t).large; })
            .map(function (t) { return loadPositions(byTerm.get(t), candidates); });
          return Promise.all(fetches).then(function () {
            var excludedTerms = {};
            parts.forEach(function (p) { if (p.exclude) p.tokens.forEach(function (t) { excludedTerms[t.term] = true; }); });
            var results = [];
            candidates.forEach(function (doc) {
              for (var i = 0; i < parts.length; i++) {
                var inDoc = parts[i].exclude ? hasAllTerms(parts[i], postingsByTerm, doc) && partIn(parts[i], postingsByTerm, doc)
                  : partIn(parts[i], postingsByTerm, doc);
                if (parts[i].exclude === inDoc) return;
              }
              var score = 0;
              terms.forEach(function (t) {
                var postings = postingsByTerm.get(t);
                var entry = postings.get(doc);
                if (entry && !excludedTerms[t]) score += idf(byTerm.get(t).large ? byTerm.get(t).large.df : postings.size, m.documents) * entry.weight;
              });
              results.push({ doc: doc, score: score });
            });
            results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
            return { parts: positive, results: results };
          });
        });
        });
      });
    }

    function fragment(doc) {
      return cached(base + "f/" + doc + ".json");
    }

    return { meta: loadMeta, search: search, fragment: fragment };
  }

  var api = { create: create, parseQuery: parseQuery, partLength: partLength, fnv1a: fnv1a };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.SiteGenSearch = api;
})(this);
