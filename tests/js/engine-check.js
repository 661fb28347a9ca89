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
});
let input = "";
process.stdin.on("data", d => (input += d)).on("end", async () => {
  const out = [];
  for (const q of JSON.parse(input)) {
    const found = await engine.search(q, {});
    out.push(found.results.map(r => r.doc));
  }
  process.stdout.write(JSON.stringify(out));
});
