#!/usr/bin/env bash
# Startup time and memory of the demo app from the fat jar, on a fresh data dir (first start: migrations and
# demo seeding) and again on the same data (a normal restart). Not part of the test suite.
# Usage: bench/startup.sh [port]     (builds target/workers-home.jar when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8097}
jar=target/workers-home.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

run() {
  local label=$1 log="$data/$1.log"
  local t0; t0=$(date +%s.%N)
  java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    --workers-home.data-dir="$data/data" >"$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "app exited; see $log"; tail -20 "$log"; exit 1; }
    sleep 0.2
  done
  local t1; t1=$(date +%s.%N)
  local ready; ready=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')
  local started; started=$(grep -o 'Started WorkersHomeApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
  local rss_idle; rss_idle=$(rss_mb "$pid")
  # a worker's first visit: sign in and load /me with its assets, 20 times
  for _ in $(seq 1 20); do
    local jar_c="$data/cookies"; rm -f "$jar_c"
    local token; token=$(curl -fs -c "$jar_c" -b "$jar_c" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$jar_c" -b "$jar_c" --data-urlencode "username=worker.forest" \
      --data-urlencode "password=Demo@2026" --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
    curl -fs -o /dev/null -b "$jar_c" "http://127.0.0.1:$port/me"
  done
  local rss_used; rss_used=$(rss_mb "$pid")
  printf '%-8s ready (health UP) %5.1f s   Spring "Started" %5s s   RSS idle %4s MB   RSS after 20 sign-ins %4s MB\n' \
    "$label" "$ready" "$started" "$rss_idle" "$rss_used"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

echo "$(java -version 2>&1 | head -1); $(nproc) cores; jar $(du -h "$jar" | cut -f1)"
run first
run restart
