#!/usr/bin/env bash
# Runs every test of SiteGen, from a fresh clone: installs what the browser tests need (Debian's chromium and
# fonts-noto-cjk), checks the code style, builds, runs the tests, and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash tests/install-test-deps.sh || { echo "could not install the test dependencies"; echo "0 passed, 1 failed"; exit 1; }

failed_steps=0
if ! dotnet format SiteGen.sln --verify-no-changes --verbosity quiet; then
  echo "dotnet format found style differences: run 'dotnet format SiteGen.sln' and commit the result."
  failed_steps=$((failed_steps + 1))
fi

results=TestResults
rm -rf "$results"
dotnet test SiteGen.sln --configuration Release --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

# Sum the counters of every TRX file: dotnet test's own summary is per project and not read by CI.
passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the test host failed before any test could report.
  failed=1
fi
failed=$((failed + failed_steps))
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
