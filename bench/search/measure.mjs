// Measures SiteGen's search and Pagefind 1.6.0 on the same built site, over a fixed list of queries (issue 4):
// index bytes fetched per query (gzipped, as a static host with compression sends them), start-up bytes,
// precision and recall against plain substring search, and keystroke-to-results time in headless Chromium.
// Usage: node measure.mjs SITE_DIR [queries.txt]   (SITE_DIR has search/ from sitegen and pagefind/ from Pagefind)
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const site = path.resolve(process.argv[2] ?? "site");
const queries = fs.readFileSync(process.argv[3] ?? new URL("queries.txt", import.meta.url), "utf8").split("\n").map(s => s.trim()).filter(Boolean);
const assets = path.join(site, "assets");
const tokenizer = require(path.join(assets, "tokenizer.js"));
const engineApi = require(path.join(assets, "search-engine.js"));

const gz = buffer => zlib.gzipSync(buffer, { level: 6 }).length;
// Pagefind's index chunks are already gzip files; a host sends them as they are.
const sent = file => (/\.pf_/.test(file) ? fs.statSync(file).size : gz(fs.readFileSync(file)));
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// --- SiteGen, in Node: the same engine as the page, with a getJson that reads files and counts their bytes.
function sitegenEngine(log) {
  return engineApi.create({
    base: "search/",
    tokenize: tokenizer.tokenize,
  punctuation: tokenizer.punctuation,
    getJson: url => { const file = path.join(site, url); log.push(url); return Promise.resolve(JSON.parse(fs.readFileSync(file, "utf8"))); },
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
  rows.push({ q, results: got.size, expected: want.size, precision: got.size ? tp / got.size : 1, recall: want.size ? tp / want.size : 1, bytes, files: shards.length });
}

// Start-up: everything the search page fetches before the first query.
const startupFiles = ["search/index.html", "assets/site.css", "assets/tokenizer.js", "assets/search-engine.js", "assets/search.js", "search/meta.json"];
// (facets.json is fetched only once a filter is set, like a result's fragment.)
const startup = startupFiles.reduce((sum, f) => sum + gz(fs.readFileSync(path.join(site, f))), 0);

// --- A static server for Chromium: both tools' files, as a host would serve them.
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (p.endsWith("/")) p += "index.html";
  const file = path.join(site, p);
  if (!file.startsWith(site) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
}).listen(0, "127.0.0.1");
await new Promise(r => server.once("listening", r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

// Keystroke to rendered results on our page: set the box, fire input, wait until the status names this query.
const page = await browser.newPage();
await page.goto(`${base}/search/`);
await page.waitForFunction(() => !document.getElementById("search-app").hidden);
await page.evaluate(q => { const i = document.getElementById("q"); i.value = q; i.dispatchEvent(new Event("input")); }, "复议");
await page.waitForFunction(() => /找到/.test(document.getElementById("search-status").textContent));
for (const row of rows) {
  row.ms = await page.evaluate(q => new Promise(resolve => {
    const status = document.getElementById("search-status");
    const input = document.getElementById("q");
    const start = performance.now();
    const done = () => status.textContent.includes("“" + q + "”");
    const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(performance.now() - start); } });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    input.value = q;
    input.dispatchEvent(new Event("input"));
  }), row.q);
}

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
server.close();

const kb = b => (b / 1024).toFixed(1);
console.log(`documents: ${meta.documents}, shards: ${meta.shards}`);
console.log(["query", "ours KB", "Pagefind KB", "ratio", "results", "substring", "Pagefind results", "precision", "recall", "ms"].join("\t"));
for (const r of rows) {
  const ratio = r.pagefindBytes ? (r.bytes / r.pagefindBytes).toFixed(3) : "-";
  console.log([r.q, kb(r.bytes), r.pagefindBytes !== undefined ? kb(r.pagefindBytes) : "-", ratio, r.results, r.expected, r.pagefindResults ?? "-",
    (r.precision * 100).toFixed(0) + "%", (r.recall * 100).toFixed(0) + "%", r.ms.toFixed(1)].join("\t"));
}
const ratios = rows.filter(r => r.pagefindBytes).map(r => r.bytes / r.pagefindBytes);
console.log(`median bytes per query: ours ${kb(median(rows.map(r => r.bytes)))} KB` +
  (ratios.length ? `, Pagefind ${kb(median(rows.map(r => r.pagefindBytes)))} KB; median ratio ${median(ratios).toFixed(3)}, worst ratio ${Math.max(...ratios).toFixed(3)}` : ""));
console.log(`start-up bytes (gzipped): ours ${kb(startup)} KB` + (rows.startupPagefind ? `, Pagefind ${kb(rows.startupPagefind)} KB (its script, wasm and metadata)` : ""));
console.log(`precision 100% on ${rows.filter(r => r.precision === 1).length}/${rows.length} queries, recall 100% on ${rows.filter(r => r.recall === 1).length}/${rows.length}`);
console.log(`keystroke to rendered results: median ${median(rows.map(r => r.ms)).toFixed(1)} ms, max ${Math.max(...rows.map(r => r.ms)).toFixed(1)} ms`);
