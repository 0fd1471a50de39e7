#!/usr/bin/env bash
# Appeal intake on PostgreSQL: sustained POST /api/v1/appeals per second with zero lost, and latency.
# Starts target/workers-home.jar (demo profile) on a fresh database `bench` (dropped and re-created; never `test`),
# signs in the demo workers for bearer tokens, drives the API with wrk (bench/intake.lua) on loopback, then
# counts the rows in `appeal` (and their timeline and audit entries) against the 201 responses. Not a test.
# Usage: bench/intake.sh [seconds=60] [connections=64] [tokens=150] [port=8098]
# Env: JAR (default target/workers-home.jar), WARMUP (seconds, default 20), JAVA_OPTS, PGHOST (127.0.0.1),
#      PGUSER (postgres), KEEP_DB=1 to keep app and database running afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
connections=${2:-64}
tokens=${3:-150}
port=${4:-8098}
jar=${JAR:-target/workers-home.jar}
warmup=${WARMUP:-20}
threads=$(( connections < 2 ? 1 : 2 ))
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

dropdb --if-exists bench 2>/dev/null
createdb bench
java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
  --workers-home.data-dir="$data/data" \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/bench" --spring.datasource.username="$PGUSER" \
  --spring.datasource.password="${PGPASSWORD:-}" >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "app exited"; tail -30 "$data/app.log"; exit 1; }
  sleep 0.5
done
echo "$(java -version 2>&1 | head -1); $(nproc) cores; $(psql -tAc 'show server_version' bench) PostgreSQL; JAVA_OPTS=${JAVA_OPTS:-}"

# one bearer token per sign-in (BCrypt is paid here, four at a time), for the three demo workers in turn
workers=(worker.forest rep.forest worker.station)
for i in $(seq 0 $((tokens - 1))); do echo "${workers[$((i % 3))]}"; done |
  xargs -P 4 -I{} curl -fs -H 'Content-Type: application/json' \
    -d '{"username":"{}","password":"Demo@2026"}' "http://127.0.0.1:$port/api/v1/auth/token" |
  grep -o '"token" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/' > "$data/tokens"
echo "tokens: $(wc -l < "$data/tokens")"
export TOKENS="$data/tokens"

# CPU time (ms) of the app, its PostgreSQL backends and wrk: per request it tells more than a rate on a shared machine
cpu_ms() { local t=0 f; for f in "$@"; do [ -r "/proc/$f/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$f/stat"))); done; echo $((t * 1000 / $(getconf CLK_TCK))); }
pg_pids() { pgrep -f "postgres: .* bench [0-9.]+\\(" || true; }

if [ "$warmup" -gt 0 ]; then
  RUN=warmup wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 30s -s bench/intake.lua "http://127.0.0.1:$port" |
    grep -E '^(throughput|CREATED)' | sed 's/^/warm-up /'
fi
run=r$(date +%s)
app0=$(cpu_ms "$pid"); pgs=$(pg_pids); pg0=$(cpu_ms $pgs)
RUN=$run wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 30s -s bench/intake.lua "http://127.0.0.1:$port" \
  > "$data/out.txt" &
gen=$!
gen1=0; while kill -0 "$gen" 2>/dev/null; do g=$(cpu_ms "$gen"); [ "$g" -gt 0 ] && gen1=$g; sleep 0.5; done
wait "$gen"
app1=$(cpu_ms "$pid"); pg1=$(cpu_ms $pgs)
echo "run $run: wrk -t$threads -c$connections -d${seconds}s"
grep -v '^  \|^Running\|^[0-9]* requests in\|^Requests/sec\|^Transfer/sec\|Thread Stats\|Latency \|Req/Sec' "$data/out.txt"
created=$(grep -o 'CREATED=[0-9]*' "$data/out.txt" | cut -d= -f2)
rows=$(psql -tAc "select count(*) from appeal where title like 'bench-$run-%'" bench)
timeline=$(psql -tAc "select count(*) from workflow_transition t join appeal a on a.id = t.target_id and t.target_type = 'Appeal' where a.title like 'bench-$run-%'" bench 2>/dev/null || echo "?")
audit=$(psql -tAc "select count(*) from audit_log l join appeal a on l.target_type = 'Appeal' and l.target_id = a.id::text where a.title like 'bench-$run-%'" bench 2>/dev/null || echo "?")
echo "rows in appeal: $rows (201 responses: $created) · timeline entries: $timeline · audit entries: $audit"
awk -v a=$((app1 - app0)) -v p=$((pg1 - pg0)) -v g="$gen1" -v n="$created" 'BEGIN { if (n > 0) printf "CPU per submission: app %.2f ms, PostgreSQL backends %.2f ms, wrk %.2f ms\n", a / n, p / n, g / n }'
# wrk stops with up to `connections` requests in flight: the server still commits them, wrk does not count their
# 201s. Nothing is lost when every 201 has its row: 0 <= rows - 201s <= connections.
extra=$((rows - created))
if [ "$extra" -ge 0 ] && [ "$extra" -le "$connections" ]; then echo "LOST: 0 ($extra in flight when wrk stopped)"; else echo "MISMATCH: rows $rows vs 201 $created"; fi
if [ "${KEEP_DB:-0}" = 1 ]; then echo "app still running: pid $pid, port $port"; pid=; else kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; dropdb bench; fi
