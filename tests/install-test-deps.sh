#!/usr/bin/env bash
# Installs what the browser tests (tests/SiteGen.Tests/Browser) need on Debian: the distribution's Chromium, which
# Playwright drives through ExecutablePath, and the Noto CJK fonts, without which Chinese text renders as boxes and
# layout and contrast checks measure the wrong glyphs.
#
# Browsers are never downloaded with `playwright install`: that needs the Playwright CDN, which is not reachable here.
# Idempotent and quiet: does nothing when both are present, prints apt's output only when it fails.
# Usage (as root): bash tests/install-test-deps.sh
set -euo pipefail

chromium_present() { [ -x /usr/bin/chromium ]; }

# The fonts can come from the package or be copied in by hand; either way the Sans CJK collection must be on disk.
cjk_fonts_present() { compgen -G '/usr/share/fonts/opentype/noto/NotoSansCJK-*.ttc' > /dev/null; }

# lunr.js 2.3.9, the reference client of the search index's lunr export, from the npm registry (tests/js).
lunr_present() { grep -qs '"version": "2.3.9"' "$(dirname "$0")/js/node_modules/lunr/package.json"; }
if ! lunr_present; then
  if ! npm ci --prefix "$(dirname "$0")/js" --no-audit --no-fund --loglevel=error > /dev/null; then
    echo "install-test-deps.sh: 'npm ci --prefix tests/js' failed." >&2
    exit 1
  fi
fi

if chromium_present && cjk_fonts_present; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps.sh: chromium and/or fonts-noto-cjk are missing; run this script as root (sudo bash $0)." >&2
  exit 1
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

run() {
  if ! "$@" > "$log" 2>&1; then
    cat "$log" >&2
    echo "install-test-deps.sh: '$*' failed." >&2
    exit 1
  fi
}

export DEBIAN_FRONTEND=noninteractive
run apt-get update
run apt-get install -y chromium fonts-noto-cjk

if ! chromium_present || ! cjk_fonts_present; then
  echo "install-test-deps.sh: apt-get succeeded but /usr/bin/chromium or the Noto Sans CJK fonts are still missing." >&2
  exit 1
fi
