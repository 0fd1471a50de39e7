#!/usr/bin/env bash
# The live ranking under the load of a final's hall: N viewers polling the ranking fragment (what htmx asks for every
# 3 s) of the demo's provincial contest, with wrk. The fragment is computed at most once a second per competition
# (RankingBoard), so the cost per request is rendering a small table. Reports requests/s and latency; 2,000 viewers
# polling every 3 s need about 670 requests/s. Not part of the test suite. Not yet run: figures to be added here.
# Usage: bench/ranking.sh [connections=2000] [seconds=20]
# env: APP_PORT=18098 THREADS=2 JAR=target/workers-home.jar JAVA_OPTS=…
set -euo pipefail
cd "$(dirname "$0")/.."
conns=${1:-2000}
secs=${2:-20}
app_port=${APP_PORT:-18098}
threads=${THREADS:-2}
jar=${JAR:-target/workers-home.jar}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }

tmp=$(mktemp -d)
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || true

java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$app_port" \
  --workers-home.data-dir="$tmp/data" --logging.level.root=warn >"$tmp/app.log" 2>&1 &
app_pid=$!
until curl -fs "http://127.0.0.1:$app_port/actuator/health" >/dev/null; do
  kill -0 "$app_pid" 2>/dev/null || { echo "app exited"; tail -30 "$tmp/app.log"; exit 1; }
  sleep 1
done
# the demo contest is the first competition seeded
url="http://127.0.0.1:$app_port/competitions/1/ranking/live"
curl -fs -o /dev/null "$url" || { echo "no ranking at $url"; exit 1; }
echo "fragment: $(curl -s "$url" | wc -c) bytes"
wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -H "HX-Request: true" "$url"
