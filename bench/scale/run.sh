#!/usr/bin/env bash
# The scale benchmark of issue 8: on the same generated archive, `sitegen build` (the whole site) against Hugo
# rendering the report pages alone and Pagefind 1.6.0 indexing Hugo's output. Wall time and peak memory come from
# GNU time (-v); sitegen and Hugo run RUNS times (median), Pagefind once (minutes and gigabytes at 10,000).
# Prints one markdown table and writes it to bench/out/scale-results.md. docs/scale.md explains how to read it.
# Usage: bash bench/scale/run.sh [N ...]    (default: 1000 10000; RUNS=3; PAGEFIND=0 leaves Pagefind out; outputs
# under bench/out/, which git ignores; WRITE_TO=/dev/shm/scale writes the built sites to memory instead of the disk,
# to compare CPU without the disk's noise: docs/scale.md, "Noise")
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000)
runs="${RUNS:-3}"
out="bench/out/scale"
written="${WRITE_TO:-$out}"
mkdir -p "$out" "$written"
source bench/clear-output.sh

# Tools, installed only when missing, so a fresh Debian machine with the .NET SDK and npm needs nothing else.
need_apt() { command -v "$1" > /dev/null || { apt-get update -qq && apt-get install -y -qq "$2" > /dev/null; }; }
need_apt hugo hugo
need_apt /usr/bin/time time
# Pagefind 1.6.0 from bench/search's package.json. npm install, not ci: the lock file records only one platform's binary.
[[ -x bench/search/node_modules/.bin/pagefind ]] ||
  npm install --prefix bench/search --no-audit --no-fund --loglevel=error > /dev/null
pagefind=bench/search/node_modules/.bin/pagefind

dotnet build -c Release src/SiteGen -v quiet -nologo > /dev/null
dotnet build -c Release bench/Generator -v quiet -nologo > /dev/null
generator_dir=bench/Generator/bin/Release/net10.0
sitegen=src/SiteGen/bin/Release/net10.0/sitegen.dll

archive() { # n: the archive of n reports, regenerated only when the generator's sources changed
  local dir="$out/archive-$1" stamp
  # The generator's input: its code, the engine's template it follows, the seeds compiled in. Not the built DLLs:
  # they embed the git commit, so every commit would regenerate 10,000 files.
  stamp="$(find bench/Generator src/SiteGen.Core content/henan \( -name bin -o -name obj \) -prune -o -type f -print0 |
    sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16) --count $1"
  if [[ -f "$dir/.bench-archive" && "$(cat "$dir.stamp" 2> /dev/null)" == "$stamp" ]]; then
    echo "archive-$1: reused (generator unchanged)"
    return
  fi
  rm -f "$dir.stamp"
  clear_output "$dir"
  dotnet "$generator_dir/SiteGen.Bench.Generator.dll" --count "$1" --out "$dir"
  echo "$stamp" > "$dir.stamp"
}

results="$out/results.tsv" # one line per timed run: n, tool, wall seconds, peak KB, GNU time's report
: > "$results"
measure() { # n tool run command...: runs the command under GNU time and appends its wall time and peak RSS
  local n="$1" tool="$2" run="$3"; shift 3
  local log="$out/$tool-$n-$run"
  # Every run starts with nothing left to write back from the one before: a build writes 4 GB at 10,000 reports,
  # past the kernel's dirty-page limits, and would otherwise be throttled for its predecessor's data.
  sync
  /usr/bin/time -v "$@" > "$log.log" 2> "$log.time" || { tail -n 40 "$log.log" "$log.time"; exit 1; }
  local wall peak
  # GNU time prints wall time as h:mm:ss or m:ss.ss; fold it into seconds.
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log.time" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log.time")
  printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$wall" "$peak" "$log.time" >> "$results"
  printf '  %-8s N=%-6s run %s: %7.1f s %7d MB\n' "$tool" "$n" "$run" "$wall" $((peak / 1024))
}

hugo_site() { # n: a Hugo site of bench/scale/hugo with a copy of the archive as its content (the archive's marker left out)
  local site="$out/hugo-$1"
  clear_output "$site"
  cp -r bench/scale/hugo "$site"
  cp -r "$out/archive-$1" "$site/content"
  rm "$site/content/.bench-archive"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for n in "${sizes[@]}"; do
  echo "N=$n"
  archive "$n"
  hugo_site "$n"
  site="$written/site-$n" hugo_out="$written/hugo-$n-public"
  for run in $(seq "$runs"); do
    # Each run starts from nothing: a leftover output folder would make sitegen delete it and Hugo overwrite it.
    clear_output "$site"
    wait_for_deletes
    # --verbose only prints the step timings SiteGen takes anyway; --quiet keeps the rest (progress, warnings) out.
    measure "$n" sitegen "$run" dotnet "$sitegen" build --content "$out/archive-$n" --output "$site" --quiet --verbose
    clear_output "$hugo_out" "$out/hugo-$n/resources"
    measure "$n" hugo "$run" hugo --source "$out/hugo-$n" --destination "$(realpath -m "$hugo_out")"
  done
  # Hugo must have rendered every report, or the comparison flatters it.
  pages=$(find "$hugo_out" -name index.html | wc -l)
  [[ "$pages" -eq "$n" ]] || { echo "Hugo rendered $pages report pages, not $n: see $out/hugo-$n-1.log" >&2; exit 1; }
  # Pagefind peaked at 2.1 GB for 1,000 pages and 20.2 GB for 10,000: skip it rather than have the kernel kill
  # something when the machine cannot spare that much.
  available_mb=$(awk '/MemAvailable/ { print int($2 / 1024) }' /proc/meminfo)
  if [[ "${PAGEFIND:-1}" == 0 ]]; then
    echo "  pagefind N=$n: skipped (PAGEFIND=0)"
  elif ((available_mb >= n * 21 / 10)); then
    measure "$n" pagefind 1 "$pagefind" --site "$hugo_out"
  else
    echo "  pagefind N=$n: skipped, $available_mb MB available, needs about $((n * 21 / 10)) MB"
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "Scale benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ { print int($2 / 1048576) }' /proc/meminfo) GB;" \
    "load average $load_before before, $load_after after; sitegen and hugo: median of $runs run(s), pagefind: 1 run;" \
    "$(hugo version | cut -d' ' -f1-2), pagefind $("$pagefind" --version | cut -d' ' -f2), .NET $(dotnet --version))"
  echo
  node bench/scale/table.mjs "$results"
} | tee bench/out/scale-results.md
