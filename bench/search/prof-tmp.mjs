import { chromium } from "playwright-core";
import { serve } from "/work/main/bench/search/static-server.mjs";
const site = process.argv[2]; const qs = process.argv.slice(3);
const { base, close } = await serve(site);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox","--disable-gpu","--disable-quic"] });
for (const q of qs) {
  const context = await browser.newContext(); const page = await context.newPage();
  await page.goto(`${base}/search/`); await page.waitForLoadState("networkidle");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 100 }); await cdp.send("Profiler.start");
  await page.evaluate(q => new Promise(resolve => {
    const status = document.getElementById("search-status"); const input = document.getElementById("q");
    const obs = new MutationObserver(() => { if (status.textContent.includes(q)) { obs.disconnect(); resolve(); } });
    obs.observe(status, { childList: true, characterData: true, subtree: true });
    input.value = q; input.dispatchEvent(new Event("input"));
  }), q);
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const dt = profile.timeDeltas; const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
  for (const [id, us] of counts) { const n = byId.get(id); const k = n.callFrame.functionName + " " + n.callFrame.url.replace(/.*\//, "") + ":" + n.callFrame.lineNumber; self.set(k, (self.get(k) || 0) + us); }
  console.log(q); [...self].sort((a, b) => b[1] - a[1]).slice(0, 15).forEach(([k, us]) => console.log("  ", (us / 1000).toFixed(2), k));
  await context.close();
}
await browser.close(); await close();
