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

  // BM25 (k1 = 1.2, b = 0.75, lunr's idf) with field boosts title 2, agency 2, body 1. A posting carries only its
  // term's counts in its document: the weight code w = body count × 2 + 1 if the title or agency holds the term, then
  // those two counts. The body's length is in lengths.json (a bucket per document: 1.1^bucket tokens), compared with
  // the average in meta.json; title and agency are short and not length-normalized. (LengthBucket.cs, TermFiles.cs.)
  function tfPart(tf, norm) {
    return tf ? tf * 2.2 / (tf + 1.2 * norm) : 0;
  }

  // A term's postings as parallel typed arrays, documents ascending: a query over a term in every report decodes
  // ten thousand postings on a page whose script has not warmed up, so no object or Map entry per posting (their
  // allocation and collection were most of a keystroke's CPU). positions[i] is filled only where a phrase needs it.
  function postingList(docs, weights, positions) {
    return { docs: docs, weights: weights, positions: positions, size: docs.length };
  }

  var EMPTY = postingList(new Int32Array(0), new Float64Array(0), []);

  // The index of doc in a posting list, or -1.
  function find(list, doc) {
    var docs = list.docs, lo = 0, hi = docs.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (docs[mid] === doc) return mid;
      if (docs[mid] < doc) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  // Each document's body length normalization, from its length bucket (lengths.json) and meta.json's averages.
  function bodyNorms(averages, lengths) {
    var byBucket = new Float64Array(128);
    for (var b = 0; b < 128; b++) byBucket[b] = averages[2] > 0 ? 0.25 + 0.75 * Math.pow(1.1, b) / averages[2] : 1;
    var norms = new Float64Array(lengths.length);
    for (var d = 0; d < lengths.length; d++) norms[d] = byBucket[lengths[d]];
    return norms;
  }

  // Reads one weight code (and the two counts it may announce) of document doc at flat[i] into weights[n]; returns
  // the index after it.
  function readWeight(flat, i, norms, weights, n, doc) {
    var w = flat[i++];
    var body = w >> 1;
    var weight = body ? tfPart(body, norms[doc]) : 0;
    if (w & 1) { weight += 2 * tfPart(flat[i++], 1) + 2 * tfPart(flat[i++], 1); }
    weights[n] = weight;
    return i;
  }

  // An inline term's postings, from the flat list the index writes
  // (document delta, weight code (+ title and agency counts), position count, position deltas …).
  function decodeInline(flat, norms) {
    var docs = new Int32Array(flat.length), weights = new Float64Array(flat.length), positions = [];
    var doc = 0, n = 0;
    for (var i = 0; i < flat.length; n++) {
      doc += flat[i++];
      docs[n] = doc;
      i = readWeight(flat, i, norms, weights, n, doc);
      var count = flat[i++];
      var at = new Int32Array(count);
      var p = 0;
      for (var k = 0; k < count; k++) { p += flat[i++]; at[k] = p; }
      positions.push(at);
    }
    return postingList(docs.subarray(0, n), weights.subarray(0, n), positions);
  }

  // A large term's documents and weight codes (the "docs" of d/ID.json); its positions come later, chunk by chunk,
  // if a phrase needs them.
  function decodeDocuments(flat, norms) {
    var docs = new Int32Array(flat.length), weights = new Float64Array(flat.length);
    var doc = 0, n = 0;
    for (var i = 0; i < flat.length; n++) {
      doc += flat[i++];
      docs[n] = doc;
      i = readWeight(flat, i, norms, weights, n, doc);
    }
    return postingList(docs.subarray(0, n), weights.subarray(0, n), new Array(n).fill(null));
  }

  // A position chunk (p/ID-K.bin, documents K·r to (K+1)·r − 1) is unsigned LEB128 varints: per document its delta
  // (the first from K·r), its count of positions, their deltas. Decoded here to the flat numbers addPositions reads.
  function decodeVarints(bytes) {
    var flat = [];
    for (var i = 0; i < bytes.length;) {
      var value = 0, shift = 0, b;
      do {
        b = bytes[i++];
        value += (b & 0x7f) * Math.pow(2, shift);
        shift += 7;
      } while (b & 0x80);
      flat.push(value);
    }
    return flat;
  }

  function addPositions(list, flat, firstDoc) {
    var doc = firstDoc;
    for (var i = 0; i < flat.length;) {
      doc += flat[i++];
      var count = flat[i++];
      var at = new Int32Array(count);
      var p = 0;
      for (var k = 0; k < count; k++) { p += flat[i++]; at[k] = p; }
      var index = find(list, doc);
      if (index >= 0) list.positions[index] = at;
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
    var firstList = postingsByTerm.get(part.tokens[0].term);
    var index = find(firstList, doc);
    if (index < 0) return false;
    if (part.tokens.length === 1) return true;
    var first = firstList.positions[index];
    outer: for (var i = 0; i < first.length; i++) {
      var start = first[i] - part.tokens[0].position;
      for (var t = 1; t < part.tokens.length; t++) {
        var list = postingsByTerm.get(part.tokens[t].term);
        var at = find(list, doc);
        if (at < 0 || !contains(list.positions[at], start + part.tokens[t].position)) continue outer;
      }
      return true;
    }
    return false;
  }

  function hasAllTerms(part, postingsByTerm, doc) {
    for (var t = 0; t < part.tokens.length; t++) if (find(postingsByTerm.get(part.tokens[t].term), doc) < 0) return false;
    return true;
  }

  // Results by score, highest first, and by document number among equal scores. Postings share few distinct
  // weights, so documents are grouped by score (in document order, as they come) and only the distinct scores are
  // sorted: a term in every report is ranked without ten thousand comparisons.
  function ranked(docs, scores, n) {
    var groups = new Map();
    for (var i = 0; i < n; i++) {
      var group = groups.get(scores[i]);
      if (group) group.push(docs[i]); else groups.set(scores[i], [docs[i]]);
    }
    var distinct = Array.from(groups.keys()).sort(function (a, b) { return b - a; });
    var results = new Array(n);
    var k = 0;
    for (var d = 0; d < distinct.length; d++) {
      var members = groups.get(distinct[d]);
      for (var m = 0; m < members.length; m++) results[k++] = { doc: members[m], score: distinct[d] };
    }
    return results;
  }

  // The first k results in the same order, in one pass: the first page is shown without ranking every document.
  // Documents come in ascending order, so a later document with an equal score ranks below: it enters the buffer
  // only with a higher score.
  function best(docs, scores, n, k) {
    var top = [];
    for (var i = 0; i < n; i++) {
      var score = scores[i];
      if (top.length === k && score <= top[k - 1].score) continue;
      var at = top.length;
      while (at > 0 && top[at - 1].score < score) at--;
      top.splice(at, 0, { doc: docs[i], score: score });
      if (top.length > k) top.pop();
    }
    return top;
  }

  // What search() resolves to: the count at once, pages of results as asked; `results`, all of them ranked, is
  // computed on first use and kept; fragment(doc), a result's fragment for the snippet.
  function found(parts, docs, scores, n, fragment) {
    var all = null;
    var out = {
      parts: parts,
      count: n,
      fragment: fragment,
      page: function (from, to) {
        if (all || from > 0) return out.results.slice(from, to);
        return best(docs, scores, n, Math.min(to, n));
      },
    };
    Object.defineProperty(out, "results", { get: function () { return all || (all = ranked(docs, scores, n)); } });
    return out;
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
    var getBytes = options.getBytes; // url → Promise of a Uint8Array (the position chunks are binary)
    var base = options.base;
    var tokenize = options.tokenize;
    var meta = null;
    var files = {};

    var norms = null;

    function loadMeta() {
      if (!meta) meta = getJson(base + "meta.json");
      return meta;
    }

    // The documents' length normalizations: lengths.json is fetched with the first query's shards, not at start-up,
    // as it grows with the archive (a byte or two a report, gzipped).
    function loadNorms() {
      if (!norms) norms = Promise.all([loadMeta(), getJson(base + "lengths.json")]).then(function (loaded) { return bodyNorms(loaded[0].averages, loaded[1]); });
      return norms;
    }

    function cached(url) {
      if (!files[url]) files[url] = getJson(url);
      return files[url];
    }

    function cachedVarints(url) {
      if (!files[url]) files[url] = getBytes(url).then(decodeVarints);
      return files[url];
    }

    // A term's postings: inline in its shard, or, for a large term, in its own documents file.
    function postingsOf(term, m) {
      return cached(base + "t/" + (fnv1a(term) % m.shards) + ".json").then(function (shard) {
        var entry = shard[term];
        if (!entry) return { postings: EMPTY, large: null };
        if (Array.isArray(entry)) return loadNorms().then(function (n) { return { postings: decodeInline(entry, n), large: null }; });
        return Promise.all([cached(base + "d/" + entry.id + ".json"), loadNorms()]).then(function (loaded) {
          return { postings: decodeDocuments(loaded[0].docs, loaded[1]), large: entry, file: loaded[0] };
        });
      });
    }

    // Fetches the position chunks a large term needs for these documents, and adds them to its postings.
    function loadPositions(loaded, docs) {
      var entry = loaded.large;
      var list = loaded.postings;
      var needed = {};
      docs.forEach(function (doc) {
        var index = find(list, doc);
        if (index < 0 || list.positions[index]) return;
        // Chunks are fixed ranges of document numbers; a range whose documents keep no position has no file.
        var k = Math.floor(doc / entry.r);
        if (entry.chunks.indexOf(k) >= 0) needed[k] = true;
      });
      return Promise.all(Object.keys(needed).map(function (k) {
        var url = base + "p/" + entry.id + "-" + k + ".bin";
        return cachedVarints(url).then(function (flat) {
          if (!loaded.added) loaded.added = {};
          if (!loaded.added[k]) { addPositions(list, flat, k * entry.r); loaded.added[k] = true; }
        });
      })).then(function () {
        // A document whose term has no kept position (a single character inside a run) cannot match there.
        docs.forEach(function (doc) { var index = find(list, doc); if (index >= 0 && !list.positions[index]) list.positions[index] = []; });
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
      loadNorms(); // in parallel with the shards
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
          if (!positive.length) return found(positive, null, null, 0, fragment);

          // A first part that is one large term comes with its first page's fragments, cut to the snippet of that
          // term as typed (TermFiles.cs, SnippetWindow.cs): those results need no fragment of their own. Typed
          // otherwise (a compatibility form, or a phrase whose entry is a longer phrase's), the snippet may stand
          // elsewhere, and whole fragments are fetched.
          var first = positive[0].tokens.length === 1 ? byTerm.get(positive[0].tokens[0].term).file : null;
          var cut = new Map();
          if (first && first.term === positive[0].text.trim()) first.top.forEach(function (f) { cut.set(f.doc, f); });
          function fragmentOf(doc) {
            return cut.has(doc) ? Promise.resolve(cut.get(doc)) : fragment(doc);
          }

          // Candidates: documents of the rarest term of the first part that hold every term of every positive part
          // and pass the filters. Only these need positions. A query of one term without filters needs no check:
          // its documents are the results.
          var seed = positive[0].tokens.map(function (t) { return postingsByTerm.get(t.term); })
            .reduce(function (a, b) { return a.size <= b.size ? a : b; });
          var single = parts.length === 1 && positive[0].tokens.length === 1;
          var candidates = seed.docs;
          if (!single || f) {
            var kept = 0;
            candidates = new Int32Array(seed.size);
            next: for (var s = 0; s < seed.size; s++) {
              var doc = seed.docs[s];
              var row = f ? f.docs[doc] : null;
              for (var k = 0; k < allowed.length; k++) if (allowed[k] && !allowed[k][row[k]]) continue next;
              for (var i = 0; i < positive.length; i++) if (!hasAllTerms(positive[i], postingsByTerm, doc)) continue next;
              candidates[kept++] = doc;
            }
            candidates = candidates.subarray(0, kept);
          }

          var phraseTerms = {};
          parts.forEach(function (p) { if (p.tokens.length > 1) p.tokens.forEach(function (t) { phraseTerms[t.term] = true; }); });
          var fetches = Object.keys(phraseTerms).filter(function (t) { return byTerm.get(t).large; })
            .map(function (t) { return loadPositions(byTerm.get(t), candidates); });
          return Promise.all(fetches).then(function () {
            // What each counted term adds to a score: its idf (from its document count), and its postings.
            var scored = terms.filter(function (t) {
              return !parts.some(function (p) { return p.exclude && p.tokens.some(function (x) { return x.term === t; }); });
            }).map(function (t) {
              var list = postingsByTerm.get(t);
              return { list: list, idf: idf(byTerm.get(t).large ? byTerm.get(t).large.df : list.size, m.documents), at: 0 };
            });
            var docs = new Int32Array(candidates.length);
            var scores = new Float64Array(candidates.length);
            var n = 0;
            next: for (var c = 0; c < candidates.length; c++) {
              var doc = candidates[c];
              if (!single) {
                for (var i = 0; i < parts.length; i++) {
                  var inDoc = parts[i].exclude ? hasAllTerms(parts[i], postingsByTerm, doc) && partIn(parts[i], postingsByTerm, doc)
                    : partIn(parts[i], postingsByTerm, doc);
                  if (parts[i].exclude === inDoc) continue next;
                }
              }
              // Documents come in ascending order, so each term's list is walked once, not searched.
              var score = 0;
              for (var t = 0; t < scored.length; t++) {
                var term = scored[t], list = term.list;
                while (term.at < list.size && list.docs[term.at] < doc) term.at++;
                if (term.at < list.size && list.docs[term.at] === doc) score += term.idf * list.weights[term.at];
              }
              docs[n] = doc;
              scores[n++] = score;
            }
            return found(positive, docs, scores, n, fragmentOf);
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
