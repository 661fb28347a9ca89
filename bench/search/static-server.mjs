// A static server for the benchmark's Chromium, as a host would serve the site: no caching headers (nothing is
// reused between browser contexts), and the search page's files (search/, assets/) read into memory before the first
// request, as a busy host's page cache holds them: a disk loaded by other jobs is not what the benchmark measures. It
// runs in a worker thread of its own, so the Playwright client's work in the main thread never delays a response.
// Usage: const { base, close } = await serve(SITE_DIR)
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8" };

export async function serve(site) {
  const worker = new Worker(new URL(import.meta.url), { workerData: path.resolve(site) });
  const port = await new Promise((resolve, reject) => { worker.once("message", resolve); worker.once("error", reject); });
  return { base: `http://127.0.0.1:${port}`, close: () => worker.terminate() };
}

if (!isMainThread) {
  const site = workerData;
  const memory = new Map();
  for (const folder of ["search", "assets"]) {
    for (const entry of fs.readdirSync(path.join(site, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) { const file = path.join(entry.parentPath ?? entry.path, entry.name); memory.set(file, fs.readFileSync(file)); }
    }
  }
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (p.endsWith("/")) p += "index.html";
    const file = path.join(site, p);
    if (!memory.has(file)) memory.set(file, file.startsWith(site) && fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null);
    const body = memory.get(file);
    if (!body) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream", "content-length": body.length });
    res.end(body);
  }).listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
}
