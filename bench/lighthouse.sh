#!/usr/bin/env bash
# Lighthouse (mobile preset, performance only) on the public pages of the demo portal: home, the seed article, a
# channel and a search. Starts the fat jar with the demo profile on a fresh temporary data dir, runs Lighthouse from
# the npm registry (npx, cached in ~/.npm) with Debian's Chromium, prints each page's performance score and its
# main metrics. Not part of the test suite.
# Usage: bench/lighthouse.sh
# env: PORT=18098 JAR=target/workers-home.jar CHROME_PATH=$(command -v chromium) LIGHTHOUSE=lighthouse@12 KEEP=1 (keep reports)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18098}
jar=${JAR:-target/workers-home.jar}
export CHROME_PATH=${CHROME_PATH:-$(command -v chromium || true)}
[ -x "$CHROME_PATH" ] || { echo "Chromium is missing (apt-get install chromium)"; exit 1; }
command -v npx >/dev/null || { echo "npx is missing (Node.js and npm)"; exit 1; }
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package

tmp=$(mktemp -d)
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ "${KEEP:-0}" = 1 ] && echo "reports in $tmp" || rm -rf "$tmp"
}
trap cleanup EXIT

java -jar "$jar" --spring.profiles.active=demo --server.port="$port" --workers-home.data-dir="$tmp/data" \
  --logging.level.root=warn >"$tmp/app.log" 2>&1 &
app_pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null; do
  kill -0 "$app_pid" 2>/dev/null || { echo "app exited"; tail -30 "$tmp/app.log"; exit 1; }
  sleep 0.5
done
base="http://127.0.0.1:$port"
article=$(curl -fs "$base/calendar/2019-09-24" | grep -o '/articles/[0-9]*' | head -1)
pages=("/" "$article" "/channels/gonghui" "/search?q=%E7%94%9F%E6%80%81%E6%96%87%E6%98%8E")

echo "$("$CHROME_PATH" --version); Lighthouse ${LIGHTHOUSE:-lighthouse@12}, mobile preset (simulated slow 4G, 4x CPU slowdown)"
printf '%-34s %5s %8s %8s %8s %8s %8s\n' page score FCP LCP TBT CLS SI
for page in "${pages[@]}"; do
  out="$tmp/lh-$(echo "$page" | tr -c 'a-zA-Z0-9' '_').json"
  npx --yes "${LIGHTHOUSE:-lighthouse@12}" "$base$page" --only-categories=performance --output=json \
    --output-path="$out" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run" \
    >/dev/null 2>"$tmp/lh.err" || { echo "lighthouse failed on $page"; tail -5 "$tmp/lh.err"; exit 1; }
  node -e '
    const r = require(process.argv[1]); const a = r.audits;
    const ms = k => (a[k].numericValue / 1000).toFixed(2) + "s";
    console.log([process.argv[2].padEnd(34), String(Math.round(r.categories.performance.score * 100)).padStart(5),
      ms("first-contentful-paint").padStart(8), ms("largest-contentful-paint").padStart(8),
      (Math.round(a["total-blocking-time"].numericValue) + "ms").padStart(8),
      a["cumulative-layout-shift"].numericValue.toFixed(3).padStart(8), ms("speed-index").padStart(8)].join(" "));
  ' "$out" "$page"
done
