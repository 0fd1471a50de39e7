#!/usr/bin/env bash
# The member list and the appeal queue at national scale: wrk with a signed-in session, p50/p99 and requests/s.
# Needs a database made by bench/generate-national.sh (default wh_national; never `test`). Starts
# target/workers-home.jar against it (demo profile for the accounts, template cache on as in production, the
# generator's personal-data key), signs in as cadre.province (黑龙江 and its subtree: ~200k members, ~5k orgs) with
# curl through the login form, then runs wrk over each list: warm-up, then the measured run. Not a test.
# Usage: bench/lists.sh [seconds=30] [connections=64] [port=8096]
# Env: DB (wh_national), JAR, USER_NAME (cadre.province), WARMUP (seconds, 15), PAGES (the URLs, space-separated;
#      default the two lists), KEEP_APP=1 (leave the app running), JAVA_OPTS, PGHOST, PGUSER, KEY_FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-64}
port=${3:-8096}
db=${DB:-wh_national}
[ "$db" = test ] && { echo "refusing to use the shared test database"; exit 1; }
jar=${JAR:-target/workers-home.jar}
user=${USER_NAME:-cadre.province}
warmup=${WARMUP:-15}
pages=${PAGES:-"/members?size=10 /appeals"}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
export WORKERS_HOME_CRYPTO_KEY=${WORKERS_HOME_CRYPTO_KEY:-$(cat "${KEY_FILE:-$HOME/.workers-home-bench/$db.key}")}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT
base="http://127.0.0.1:$port"
# the labour-relations job checks every grassroots unit every 2 minutes (at this scale ~100,000 queries a pass, a
# core of CPU for minutes): held off here so that the figures are the lists' own — see bench/README.md
QUIET_JOBS=${QUIET_JOBS---workers-home.relations.check-initial-delay=P1D}
if ! curl -fs "$base/actuator/health" >/dev/null; then
  java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    --workers-home.data-dir="$data/data" --spring.thymeleaf.cache=true $QUIET_JOBS \
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
echo "$(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); JAVA_OPTS=${JAVA_OPTS:-}"

# sign in through the form: the login page's CSRF token, then the POST; the session cookie is what wrk sends
jar_file="$data/cookies"
csrf=$(curl -fs -c "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
curl -fs -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "username=$user" \
  --data-urlencode "password=Demo@2026" --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "SESSION" { print $7 }' "$jar_file")
[ -n "$session" ] || { echo "no session cookie after sign-in"; exit 1; }
cookie="Cookie: SESSION=$session"

cpu_ms() { local t=0 f; for f in "$@"; do [ -r "/proc/$f/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$f/stat"))); done; echo $((t * 1000 / $(getconf CLK_TCK))); }
app=${pid:-$(pgrep -f "workers-home.jar.*--server.port=$port" | head -1)}
for page in $pages; do
  status=$(curl -s -o "$data/page.html" -w '%{http_code} %{size_download}' -H "$cookie" "$base$page")
  echo "== $page: $status bytes (as $user); $(grep -o 'class="count"[^<]*<[^<]*' "$data/page.html" | head -1 | sed 's/<[^>]*>//g; s/class="count"[^>]*>//')"
  [ "${status%% *}" = 200 ] || { echo "not 200"; exit 1; }
  [ "$warmup" -gt 0 ] && wrk -t2 -c"$connections" -d"${warmup}s" --timeout 10s -H "$cookie" "$base$page" >/dev/null
  a0=$(cpu_ms "$app")
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -H "$cookie" "$base$page" > "$data/wrk.txt"
  a1=$(cpu_ms "$app")
  grep -E '^ +(50|90|99)%|Requests/sec|Non-2xx|Socket errors|requests in' "$data/wrk.txt"
  n=$(grep -o '^ *[0-9]* requests in' "$data/wrk.txt" | awk '{print $1}')
  awk -v a=$((a1 - a0)) -v n="$n" 'BEGIN { if (n > 0) printf "    app CPU per request: %.2f ms\n", a / n }'
done
if [ "${KEEP_APP:-0}" = 1 ] && [ -n "$pid" ]; then echo "app still running: pid $pid, port $port"; pid=; fi
