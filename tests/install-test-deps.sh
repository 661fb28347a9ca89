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

# lunr.js 2.3.9, the reference client of the search index's lunr export, and the Nu HTML Checker (vnu-jar, run on the
# installed Java 17), both from the npm registry (tests/js). --ignore-scripts: vnu-jar's postinstall would try to
# download a Java runtime, which cannot be fetched here and is not needed.
lunr_present() { grep -qs '"version": "2.3.9"' "$(dirname "$0")/js/node_modules/lunr/package.json"; }
vnu_present() { [ -f "$(dirname "$0")/js/node_modules/vnu-jar/build/dist/vnu.jar" ]; }
if ! lunr_present || ! vnu_present; then
  if ! npm ci --prefix "$(dirname "$0")/js" --no-audit --no-fund --ignore-scripts --loglevel=error > /dev/null; then
    echo "install-test-deps.sh: 'npm ci --prefix tests/js' failed." >&2
    exit 1
  fi
fi

# The Nu HTML Checker runs on Java; the machines have Java 17, a fresh Debian may not.
java_present() { command -v java > /dev/null; }

if chromium_present && cjk_fonts_present && java_present; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps.sh: chromium, fonts-noto-cjk or java are missing; run this script as root (sudo bash $0)." >&2
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
packages="chromium fonts-noto-cjk"
java_present || packages="$packages default-jre-headless"
run apt-get install -y $packages

if ! chromium_present || ! cjk_fonts_present || ! java_present; then
  echo "install-test-deps.sh: apt-get succeeded but /usr/bin/chromium, the Noto Sans CJK fonts or java are still missing." >&2
  exit 1
fi
