#!/usr/bin/env bash
# The insight dashboards at national scale: how long a full rebuild of the figures takes, then the national
# dashboard (admin: the national union and its 31 provinces) and a province's (cadre.province: 黑龙江 and its cities)
# timed warm with curl, one request at a time (p50/p90/max of 30), and with wrk at 4 connections if installed.
# Needs a database made by bench/generate-national.sh (on branch wt-scale until merged; default DB wh_national,
# never `test`) and the generator's personal-data key. Starts target/workers-home.jar against it (demo profile
# for the accounts, template cache on as in production), unless an app already answers on the port. Not a test.
# Usage: bench/insight.sh [port=8097] [requests=30]
# Env: DB (wh_national), JAR, MONTHS (months a full rebuild computes, 24 — the generator's appeals span 24),
#      SKIP_REBUILD=1 (measure the figures already there), KEEP_APP=1, JAVA_OPTS, PGHOST, PGUSER, KEY_FILE
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8097}
requests=${2:-30}
db=${DB:-wh_national}
[ "$db" = test ] && { echo "refusing to use the shared test database"; exit 1; }
jar=${JAR:-target/workers-home.jar}
months=${MONTHS:-24}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
export WORKERS_HOME_CRYPTO_KEY=${WORKERS_HOME_CRYPTO_KEY:-$(cat "${KEY_FILE:-$HOME/.workers-home-bench/$db.key}")}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
pid=
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$data"; }
trap cleanup EXIT
base="http://127.0.0.1:$port"
# the other modules' jobs held off, and the insight refresh too (the rebuild below is asked for and timed)
QUIET_JOBS=${QUIET_JOBS:---workers-home.relations.check-initial-delay=P1D --workers-home.insight.initial-delay=P1D --workers-home.insight.rebuild-cron=-}
if ! curl -fs "$base/actuator/health" >/dev/null; then
  java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    --workers-home.data-dir="$data/data" --spring.thymeleaf.cache=true $QUIET_JOBS \
    --workers-home.insight.months="$months" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="${PGPASSWORD:-}" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "$base/actuator/health" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "app exited"; tail -30 "$data/app.log"; exit 1; }
    sleep 1
  done
else
  echo "using the app already running on port $port"
fi
echo "$(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $(psql -tAc 'select count(*) from org' "$db") orgs, $(psql -tAc 'select count(*) from member' "$db") members, $(psql -tAc 'select count(*) from appeal' "$db") appeals, $(psql -tAc 'select count(*) from hardship_file' "$db") hardship files"

# sign in through the form; prints the session cookie
signin() {
  local jar_file="$data/cookies.$1" csrf
  csrf=$(curl -fs -c "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
  curl -fs -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "username=$1" \
    --data-urlencode "password=Demo@2026" --data-urlencode "_csrf=$csrf" "$base/login"
  echo "SESSION=$(awk '$6 == "SESSION" { print $7 }' "$jar_file")"
}
admin=$(signin admin)
province=$(signin cadre.province)

if [ "${SKIP_REBUILD:-0}" != 1 ]; then
  before=$(psql -tAc "select count(*) from insight_run where kind = 'FULL' and finished_at is not null" "$db")
  page=$(curl -fs -b "$data/cookies.admin" "$base/insight")
  csrf=$(echo "$page" | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="\([^"]*\)"/\1/')
  t0=$(date +%s.%N)
  curl -fs -o /dev/null -b "$data/cookies.admin" --data-urlencode "_csrf=$csrf" "$base/insight/rebuild"
  until [ "$(psql -tAc "select count(*) from insight_run where kind = 'FULL' and finished_at is not null" "$db")" -gt "$before" ]; do
    kill -0 "${pid:-$$}" 2>/dev/null || { echo "app exited"; exit 1; }
    sleep 2
  done
  printf 'full rebuild of %s months: %.1f s, %s figures stored\n' "$months" "$(echo "$(date +%s.%N) - $t0" | bc)" \
    "$(psql -tAc 'select count(*) from insight_figure' "$db")"
fi

# CPU the app used (user + system) in ms: a figure of the work per request that the machine's load does not change
cpu_ms() { local t=0 f; for f in "$@"; do [ -r "/proc/$f/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$f/stat"))); done; echo $((t * 1000 / $(getconf CLK_TCK))); }
app=${pid:-$(pgrep -f "workers-home.*--server.port=$port" | head -1)}

measure() { # name cookie url
  local status times
  status=$(curl -s -o "$data/page.html" -w '%{http_code} %{size_download}' -H "Cookie: $2" "$base$3")
  echo "== $1 $3: $status bytes; $(grep -o '<h1>[^<]*' "$data/page.html" | sed 's/<h1>//'); $(grep -o '数据截至[^<]*' "$data/page.html" | head -1)"
  [ "${status%% *}" = 200 ] || { echo "not 200"; exit 1; }
  for _ in 1 2 3 4 5 6 7 8 9 10; do curl -s -o /dev/null -H "Cookie: $2" "$base$3"; done
  local c0 c1
  c0=$(cpu_ms "$app")
  times=$(for _ in $(seq "$requests"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $2" "$base$3"; done | sort -n)
  c1=$(cpu_ms "$app")
  echo "$times" | awk '{ t[NR] = $1 * 1000 } END { printf "    curl, one at a time (%d): p50 %.0f ms, p90 %.0f ms, max %.0f ms\n", NR, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.9 + 0.5)], t[NR] }'
  awk -v a=$((c1 - c0)) -v n="$requests" 'BEGIN { printf "    app CPU per request: %.1f ms\n", a / n }'
  echo "    load $(cut -d' ' -f1-3 /proc/loadavg)"
  if command -v wrk >/dev/null; then
    wrk -t2 -c4 -d15s --timeout 10s --latency -H "Cookie: $2" "$base$3" | grep -E '^ +(50|90|99)%|Requests/sec|Non-2xx' | sed 's/^/    wrk -c4: /'
  fi
}
measure national "$admin" "/insight"
measure province "$province" "/insight"
if [ "${KEEP_APP:-0}" = 1 ] && [ -n "$pid" ]; then echo "app still running: pid $pid, port $port"; pid=; fi
