// Runs SiteGen's search engine (the page's own search-engine.js and tokenizer.js, from a built site) in Node over
// a list of queries read as JSON from standard input, and prints each query's result documents as JSON.
// Usage: node engine-check.js SITE_DIR < queries.json
"use strict";
const fs = require("fs");
const path = require("path");
const site = process.argv[2];
const tokenizer = require(path.join(site, "assets", "tokenizer.js"));
const engineApi = require(path.join(site, "assets", "search-engine.js"));
const engine = engineApi.create({
  base: "search/",
  tokenize: tokenizer.tokenize,
  punctuation: tokenizer.punctuation,
  getJson: url => Promise.resolve(JSON.parse(fs.readFileSync(path.join(site, url), "utf8"))),
  getBytes: url => Promise.resolve(new Uint8Array(fs.readFileSync(path.join(site, url)))),
});
let input = "";
process.stdin.on("data", d => (input += d)).on("end", async () => {
  const out = [];
  for (const q of JSON.parse(input)) {
    const found = await engine.search(q, {});
    // The first page is chosen in one pass (before the whole ranking is asked for), later pages from the whole
    // ranking: both in the same order.
    const firsts = [1, 3, 10].map(k => [0, k, JSON.stringify(found.page(0, k))]);
    for (const [from, to, page] of firsts.concat([[2, 5], [10, 20]].map(([f, t]) => [f, t, JSON.stringify(found.page(f, t))]))) {
      const slice = JSON.stringify(found.results.slice(from, to));
      if (page !== slice) { process.stderr.write(`«${q}» page(${from}, ${to}) ${page} differs from the ranking ${slice}\n`); process.exit(1); }
    }
    if (found.count !== found.results.length) { process.stderr.write(`«${q}»: count ${found.count}, ranking ${found.results.length}\n`); process.exit(1); }
    out.push(found.results.map(r => r.doc));
  }
  process.stdout.write(JSON.stringify(out));
});
