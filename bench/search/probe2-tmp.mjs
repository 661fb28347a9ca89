import { chromium } from "playwright-core";
import { serve } from "/work/main/bench/search/static-server.mjs";
const site = process.argv[2]; const qs = process.argv.slice(3);
const { base, close } = await serve(site);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox","--disable-gpu","--disable-quic"] });
for (const q of qs) {
  const context = await browser.newContext(); const page = await context.newPage();
  await page.goto(`${base}/search/`); await page.waitForLoadState("networkidle");
  const r = await page.evaluate(q => new Promise(resolve => {
    performance.clearMarks();
    const status = document.getElementById("search-status"); const input = document.getElementById("q");
    const start = performance.now();
    const obs = new MutationObserver(() => { if (status.textContent.includes(q)) { obs.disconnect(); const end = performance.now()-start;
      resolve({ end, marks: performance.getEntriesByType("mark").map(e => e.name + " " + (e.startTime - start).toFixed(1)) }); } });
    obs.observe(status, { childList: true, characterData: true, subtree: true });
    input.value = q; input.dispatchEvent(new Event("input"));
  }), q);
  console.log(q, r.end.toFixed(1), r.marks.filter(m => !m.includes("/f/") || m.includes("resp")).join(" | "));
  await context.close();
}
await browser.close(); await close();
