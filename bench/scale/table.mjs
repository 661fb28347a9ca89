// Turns bench/scale/run.sh's results.tsv (n, tool, wall s, peak KB, GNU time report) into the one markdown table of
// issue 8: per N the median wall time and peak memory of each tool, the ratios, and how time grows with N.
// Usage: node bench/scale/table.mjs bench/out/scale/results.tsv
import { readFileSync } from "node:fs";

const rows = readFileSync(process.argv[2], "utf8").trim().split("\n").map((line) => {
  const [n, tool, wall, peak, report] = line.split("\t");
  return { n: Number(n), tool, wall: Number(wall), peakMb: Number(peak) / 1024, report };
});
const sizes = [...new Set(rows.map((r) => r.n))].sort((a, b) => a - b);

// The median run by wall time (the lower middle one for an even count), so its step timings belong to it.
function median(n, tool) {
  const runs = rows.filter((r) => r.n === n && r.tool === tool).sort((a, b) => a.wall - b.wall);
  if (runs.length === 0) return null;
  const peaks = runs.map((r) => r.peakMb).sort((a, b) => a - b);
  return { ...runs[(runs.length - 1) >> 1], peakMb: peaks[(peaks.length - 1) >> 1], count: runs.length };
}

// Hugo and Pagefind run one after the other: their times add up, their peak is the larger one.
function measured(n) {
  const sitegen = median(n, "sitegen"), hugo = median(n, "hugo"), pagefind = median(n, "pagefind");
  const both = hugo && pagefind ? { wall: hugo.wall + pagefind.wall, peakMb: Math.max(hugo.peakMb, pagefind.peakMb) } : null;
  return { sitegen, hugo, pagefind, both };
}

const seconds = (m) => (m ? m.wall.toFixed(1) : "—");
const megabytes = (m) => (m ? Math.round(m.peakMb).toLocaleString("en-US") : "—");
const ratio = (a, b) => (a && b ? (a.wall / b.wall).toFixed(2) : "—");
const count = (n) => n.toLocaleString("en-US");

const tools = ["sitegen", "hugo", "pagefind", "both"];
const lines = [
  "| N | sitegen s | sitegen MB | hugo s | hugo MB | pagefind s | pagefind MB | hugo+pagefind s | hugo+pagefind MB | sitegen/hugo | sitegen/(hugo+pagefind) |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
];
for (const n of sizes) {
  const m = measured(n);
  const cells = tools.flatMap((t) => [seconds(m[t]), megabytes(m[t])]);
  lines.push(`| ${count(n)} | ${cells.join(" | ")} | ${ratio(m.sitegen, m.hugo)} | ${ratio(m.sitegen, m.both)} |`);
}
// Growth: time(larger N) / time(smaller N) / (size ratio); 1.00 is linear, above 1 is worse than linear.
for (let i = 1; i < sizes.length; i++) {
  const a = measured(sizes[i - 1]), b = measured(sizes[i]), scale = sizes[i] / sizes[i - 1];
  const cells = tools.flatMap((t) => [a[t] && b[t] ? (b[t].wall / a[t].wall / scale).toFixed(2) : "—", ""]);
  lines.push(`| growth ${count(sizes[i - 1])} → ${count(sizes[i])} | ${cells.join(" | ")} | | |`);
}
console.log(lines.join("\n"));

// SiteGen's own step timings (--verbose) of each median run: where its time goes.
for (const n of sizes) {
  const run = median(n, "sitegen");
  if (!run) continue;
  const steps = readFileSync(run.report, "utf8").split("\n")
    .map((l) => l.match(/^ {2}(\S.*?)\s+(\d+) ms$/))
    .filter(Boolean)
    .map(([, step, ms]) => `${step.trim()} ${(Number(ms) / 1000).toFixed(1)}`);
  console.log(`\nsitegen steps at N = ${count(n)} (s): ${steps.join(", ")}`);
}
