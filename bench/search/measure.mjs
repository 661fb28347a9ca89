// Measures SiteGen's search and Pagefind 1.6.0 on the same built site, over a fixed list of queries (issue 4):
// index bytes fetched per query (gzipped, as a static host with compression sends them), start-up bytes,
// precision and recall against plain substring search, and keystroke-to-results time in headless Chromium.
// Usage: node measure.mjs SITE_DIR [queries.txt]   (SITE_DIR has search/ from sitegen and pagefind/ from Pagefind)
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { serve } from "./static-server.mjs";
import { keystrokeTimes, launch, median, report } from "./keystroke.mjs";

const require = createRequire(import.meta.url);
const site = path.resolve(process.argv[2] ?? "site");
const queries = fs.readFileSync(process.argv[3] ?? new URL("queries.txt", import.meta.url), "utf8").split("\n").map(s => s.trim()).filter(Boolean);
const assets = path.join(site, "assets");
const tokenizer = require(path.join(assets, "tokenizer.js"));
const engineApi = require(path.join(assets, "search-engine.js"));

const gz = buffer => zlib.gzipSync(buffer, { level: 6 }).length;
// Pagefind's index chunks are already gzip files, and SiteGen's position chunks (.bin) are binary, which hosts do not
// compress: a host sends them as they are.
const sent = file => (/\.pf_|\.bin$/.test(file) ? fs.statSync(file).size : gz(fs.readFileSync(file)));

// --- SiteGen, in Node: the same engine as the page, with a getJson that reads files and counts their bytes.
function sitegenEngine(log) {
  return engineApi.create({
    base: "search/",
    tokenize: tokenizer.tokenize,
  punctuation: tokenizer.punctuation,
    getJson: url => { const file = path.join(site, url); log.push(url); return Promise.resolve(JSON.parse(fs.readFileSync(file, "utf8"))); },
    getBytes: url => { const file = path.join(site, url); log.push(url); return Promise.resolve(new Uint8Array(fs.readFileSync(file))); },
  });
}

// The oracle: plain substring search over the fields the index was built from (NFKC, as the index normalizes).
const meta = JSON.parse(fs.readFileSync(path.join(site, "search", "meta.json"), "utf8"));
const texts = [];
for (let d = 0; d < meta.documents; d++) texts.push(JSON.parse(fs.readFileSync(path.join(site, "search", "f", `${d}.json`), "utf8")).fields.map(f => f.normalize("NFKC")));
const oracle = q => { const n = q.normalize("NFKC"); const hits = new Set(); texts.forEach((fields, d) => { if (fields.some(f => f.includes(n))) hits.add(d); }); return hits; };

const rows = [];
for (const q of queries) {
  const log = [];
  const engine = sitegenEngine(log);
  await engine.meta();
  log.length = 0;
  const found = await engine.search(q, {});
  const shards = [...new Set(log)];
  const bytes = shards.reduce((sum, u) => sum + sent(path.join(site, u)), 0);
  const got = new Set(found.results.map(r => r.doc));
  const want = oracle(q);
  const tp = [...got].filter(d => want.has(d)).length;
  // What the first page of 10 results fetches besides the index: a fragment for each result whose cut fragment
  // did not come with the index (a large term's documents file carries its first page's).
  log.length = 0;
  await Promise.all(found.page(0, 10).map(r => found.fragment(r.doc)));
  const pageBytes = [...new Set(log)].reduce((sum, u) => sum + sent(path.join(site, u)), 0);
  rows.push({ q, results: got.size, expected: want.size, precision: got.size ? tp / got.size : 1, recall: want.size ? tp / want.size : 1, bytes, pageBytes, files: shards.length });
}

// Start-up: everything the search page fetches before the first query.
const startupFiles = ["search/index.html", "assets/site.css", "assets/tokenizer.js", "assets/search-engine.js", "assets/search.js", "search/meta.json"];
// (facets.json is fetched only once a filter is set, like a result's fragment.)
const startup = startupFiles.reduce((sum, f) => sum + gz(fs.readFileSync(path.join(site, f))), 0);

// --- Chromium: keystroke to rendered results on our page (keystroke.mjs), then Pagefind's bytes, both served by
// the same static server.
const { base, close } = await serve(site);
const browser = await launch();
const times = await keystrokeTimes(browser, base, queries);
times.forEach((t, i) => { rows[i].ms = t.ms; });

// Pagefind: its own API in a fresh page per query (its chunks would otherwise be cached from earlier queries),
// counting the index chunks and filter files each query fetches after start-up.
if (fs.existsSync(path.join(site, "pagefind", "pagefind.js"))) {
  for (const row of rows) {
    const pf = await browser.newPage();
    const fetched = [];
    pf.on("requestfinished", r => fetched.push(new URL(r.url()).pathname));
    await pf.goto(`${base}/search/`);
    await pf.evaluate(async () => { window.pf = await import("/pagefind/pagefind.js"); await window.pf.init(); });
    if (rows.startupPagefind === undefined) {
      rows.startupPagefind = [...new Set(fetched.filter(u => u.startsWith("/pagefind/")))].reduce((s, u) => s + sent(path.join(site, u)), 0);
    }
    fetched.length = 0;
    row.pagefindResults = await pf.evaluate(async q => (await window.pf.search(q)).results.length, row.q);
    await pf.waitForTimeout(50);
    const chunks = [...new Set(fetched.filter(u => /\/pagefind\/(index|filter)\//.test(u)))];
    row.pagefindBytes = chunks.reduce((s, u) => s + sent(path.join(site, u)), 0);
    await pf.close();
  }
}

await browser.close();
await close();

const kb = b => (b / 1024).toFixed(1);
console.log(`documents: ${meta.documents}, shards: ${meta.shards}`);
console.log(["query", "ours KB", "Pagefind KB", "ratio", "results", "substring", "Pagefind results", "precision", "recall", "ms", "fragments KB"].join("\t"));
for (const r of rows) {
  const ratio = r.pagefindBytes ? (r.bytes / r.pagefindBytes).toFixed(3) : "-";
  console.log([r.q, kb(r.bytes), r.pagefindBytes !== undefined ? kb(r.pagefindBytes) : "-", ratio, r.results, r.expected, r.pagefindResults ?? "-",
    (r.precision * 100).toFixed(0) + "%", (r.recall * 100).toFixed(0) + "%", r.ms.toFixed(1), kb(r.pageBytes)].join("\t"));
}
const ratios = rows.filter(r => r.pagefindBytes).map(r => r.bytes / r.pagefindBytes);
console.log(`median bytes per query: ours ${kb(median(rows.map(r => r.bytes)))} KB` +
  (ratios.length ? `, Pagefind ${kb(median(rows.map(r => r.pagefindBytes)))} KB; median ratio ${median(ratios).toFixed(3)}, worst ratio ${Math.max(...ratios).toFixed(3)}` : ""));
console.log(`fragments of the first page of results (gzipped): median ${kb(median(rows.map(r => r.pageBytes)))} KB`);
console.log(`start-up bytes (gzipped): ours ${kb(startup)} KB` + (rows.startupPagefind ? `, Pagefind ${kb(rows.startupPagefind)} KB (its script, wasm and metadata)` : ""));
console.log(`precision 100% on ${rows.filter(r => r.precision === 1).length}/${rows.length} queries, recall 100% on ${rows.filter(r => r.recall === 1).length}/${rows.length}`);
console.log("");
report(times);
