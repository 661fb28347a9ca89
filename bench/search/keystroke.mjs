// Keystroke to rendered results on SiteGen's search page in headless Chromium, with where the time goes (issue 4).
// Each query runs in a fresh browser context whose start-up files are loaded: nothing a query fetches is cached
// from an earlier one, as for a reader who types one query. Per query it records, from the input event:
//   index    the engine's search promise resolved (term shards, documents and position files fetched and decoded)
//   ms       the status names the query: the count is announced once the results, with their snippets and the
//            match in <mark>, are on the page
//   page     the whole first page (10 results with snippets) is on the page: the list is no longer aria-busy (the
//            same time as ms while the page shows a page of results at once)
// and, in a separate traced run, the CPU time Chromium spent on the query (page main thread; all threads), which a
// loaded machine inflates far less than wall time.
// Usage on its own: node keystroke.mjs SITE_DIR [queries.txt]   (measure.mjs calls it for the whole benchmark)
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";

export function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

// Runs in the page before its scripts: marks when each of the engine's promises resolves, so the time can be split
// into the index part and the rest, whatever the engine's functions are called.
function instrument() {
  let api;
  Object.defineProperty(window, "SiteGenSearch", {
    configurable: true,
    get: () => api,
    set: real => {
      api = Object.assign({}, real, {
        create: options => {
          const engine = real.create(options);
          const wrapped = {};
          for (const name of Object.keys(engine)) {
            wrapped[name] = (...args) => {
              const result = engine[name](...args);
              if (result && typeof result.then === "function") result.then(() => performance.mark("engine:" + name));
              return result;
            };
          }
          return wrapped;
        },
      });
    },
  });
}

// CPU time, not wall time, from a Chromium trace: the thread time of top-level tasks between the keystroke and the
// results, on the page's main thread and on all of Chromium's threads (network service and browser included).
function cpuFromTrace(events) {
  const marks = events.filter(e => e.cat && e.cat.includes("blink.user_timing") && (e.name === "bench:keystroke" || e.name === "bench:done"));
  const from = marks.find(e => e.name === "bench:keystroke");
  const to = marks.find(e => e.name === "bench:done");
  if (!from || !to) return { main: null, all: null };
  const tasks = events.filter(e => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && e.tdur !== undefined && e.ts + e.dur >= from.ts && e.ts <= to.ts)
    .sort((a, b) => a.ts - b.ts);
  const ends = new Map();
  let main = 0, all = 0;
  for (const e of tasks) {
    const thread = e.pid + ":" + e.tid;
    if ((ends.get(thread) ?? -1) > e.ts) continue; // nested in a task already counted
    ends.set(thread, e.ts + e.dur);
    all += e.tdur;
    if (e.pid === from.pid && e.tid === from.tid) main += e.tdur;
  }
  return { main: main / 1000, all: all / 1000 };
}

/** One query in a fresh context: { ms, index, page, fetched: { kind: count } }, and with `traced`, cpu: { main, all }. */
async function once(browser, base, q, traced) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(`${base}/search/`);
  await page.waitForFunction(() => !document.getElementById("search-app").hidden);
  // Start-up: the scripts and whatever the page fetches at load; let the page settle.
  await page.waitForLoadState("networkidle");
  if (traced) await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing", "disabled-by-default-devtools.timeline"] });
  const timing = await page.evaluate(q => new Promise(resolve => {
    performance.clearMarks();
    performance.clearResourceTimings();
    const status = document.getElementById("search-status");
    const list = document.getElementById("search-results");
    const input = document.getElementById("q");
    let ms = null;
    const start = performance.now();
    performance.mark("bench:keystroke");
    const observer = new MutationObserver(() => {
      if (ms === null && status.textContent.includes("“" + q + "”")) ms = performance.now() - start;
      if (ms === null || list.hasAttribute("aria-busy")) return;
      observer.disconnect();
      const page = performance.now() - start;
      performance.mark("bench:done");
      const mark = name => { const m = performance.getEntriesByName(name, "mark"); return m.length ? m[m.length - 1].startTime - start : null; };
      const fetched = {};
      for (const r of performance.getEntriesByType("resource")) {
        // A folder of the index (t, d, p, f) or a file of its own (lengths).
        const m = new URL(r.name).pathname.match(/\/search\/(?:([a-z]+)\/|([a-z]+)\.json)/);
        const kind = (m && (m[1] || m[2])) || "other";
        fetched[kind] = (fetched[kind] || 0) + 1;
      }
      resolve({ ms, index: mark("engine:search"), page, fetched });
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    observer.observe(list, { attributes: true, attributeFilter: ["aria-busy"] });
    input.value = q;
    input.dispatchEvent(new Event("input"));
  }), q);
  if (traced) timing.cpu = cpuFromTrace(JSON.parse((await browser.stopTracing()).toString("utf8")).traceEvents);
  await context.close();
  return timing;
}

/**
 * Times every query `rounds` times (each in a fresh context) and keeps, per query, the run with the median time;
 * then once more with a trace for the CPU time (tracing slows the wall clock, so those runs are not timed).
 */
export async function keystrokeTimes(browser, base, queries, rounds = 3) {
  const out = [];
  for (const q of queries) {
    const runs = [];
    for (let r = 0; r < rounds; r++) runs.push(await once(browser, base, q, false));
    runs.sort((a, b) => a.ms - b.ms);
    out.push({ q, ...runs[runs.length >> 1], cpu: (await once(browser, base, q, true)).cpu });
    process.stderr.write(`\r${out.length}/${queries.length} `);
  }
  return out;
}

export const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

export function report(times) {
  const f = x => (x === null || x === undefined ? "-" : x.toFixed(1));
  console.log(["query", "ms", "index ms", "page ms", "page CPU ms", "Chromium CPU ms", "files"].join("\t"));
  for (const t of times) {
    console.log([t.q, f(t.ms), f(t.index), f(t.page), f(t.cpu.main), f(t.cpu.all),
      Object.entries(t.fetched).map(([k, v]) => `${k}:${v}`).join(" ")].join("\t"));
  }
  const load = fs.existsSync("/proc/loadavg") ? fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ") : "?";
  console.log(`keystroke to rendered results (fresh context per query, median of 3 runs each): median ${f(median(times.map(t => t.ms)))} ms, ` +
    `max ${f(Math.max(...times.map(t => t.ms)))} ms; whole first page median ${f(median(times.map(t => t.page)))} ms, ` +
    `max ${f(Math.max(...times.map(t => t.page)))} ms; index part median ${f(median(times.map(t => t.index)))} ms; ` +
    `CPU median ${f(median(times.map(t => t.cpu.main)))} ms on the page's main thread (max ${f(Math.max(...times.map(t => t.cpu.main)))}), ` +
    `${f(median(times.map(t => t.cpu.all)))} ms in all of Chromium; load average ${load}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = path.resolve(process.argv[2] ?? "site");
  const queries = fs.readFileSync(process.argv[3] ?? new URL("queries.txt", import.meta.url), "utf8").split("\n").map(s => s.trim()).filter(Boolean);
  const { base, close } = await serve(site);
  const browser = await launch();
  report(await keystrokeTimes(browser, base, queries));
  await browser.close();
  await close();
}
