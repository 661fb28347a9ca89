#!/usr/bin/env bash
# The search benchmark of issue 4: SiteGen's sharded index against Pagefind 1.6.0 on the same rendered report pages
# of a generated archive. Prints build time and peak memory of both indexers, then per query the index bytes each
# fetches, precision and recall against substring search, and keystroke-to-results time in headless Chromium.
# Usage: bash bench/search/run.sh [N=1000]    (outputs under bench/out/, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-1000}"
out="bench/out"
mkdir -p "$out"
source bench/clear-output.sh

bash tests/install-test-deps.sh
command -v /usr/bin/time > /dev/null || { apt-get update -qq && apt-get install -y -qq time > /dev/null; }
# npm install, not ci: the lock file records only this platform's Pagefind binary package.
npm install --prefix bench/search --no-audit --no-fund --loglevel=error > /dev/null

dotnet build -c Release src/SiteGen -v quiet -nologo > /dev/null
dotnet build -c Release bench/Generator -v quiet -nologo > /dev/null
clear_output "$out/archive-$n"
dotnet bench/Generator/bin/Release/net10.0/SiteGen.Bench.Generator.dll --count "$n" --out "$out/archive-$n"

measure() { # label, command...: wall seconds and peak MB from GNU time
  local label="$1"; shift
  /usr/bin/time -v "$@" > "$out/$label.log" 2> "$out/$label.time" || { cat "$out/$label.log" "$out/$label.time"; exit 1; }
  local wall peak
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/$label.time")
  peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/$label.time")
  printf '%-28s wall %-10s peak %6d MB\n' "$label" "$wall" $((peak / 1024))
}

clear_output "$out/site-$n"
wait_for_deletes
measure "sitegen build ($n)" dotnet src/SiteGen/bin/Release/net10.0/sitegen.dll build --content "$out/archive-$n" --output "$out/site-$n" --verbose --quiet
grep -E '^\s+search' "$out/sitegen build ($n).time" | sed 's/^ */  of which /'
measure "pagefind 1.6.0 ($n)" bench/search/node_modules/.bin/pagefind --site "$out/site-$n" --glob "reports/*/*/index.html"

node bench/search/measure.mjs "$out/site-$n" bench/search/queries.txt
