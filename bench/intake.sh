#!/usr/bin/env bash
# Appeal intake on PostgreSQL: sustained POST /api/v1/appeals per second with zero lost, and latency.
# Starts target/workers-home.jar (demo profile) on a fresh database `bench` (dropped and re-created; never `test`),
# signs in the demo workers for bearer tokens, drives the API from bench/AppealIntake.java on loopback, then
# counts the rows in `appeal` (and their timeline and audit entries) against the 201 responses. Not a test.
# Usage: bench/intake.sh [count=30000] [concurrency=64] [tokens=150] [port=8098]
# Env: JAR (default target/workers-home.jar), JAVA_OPTS, PGHOST (127.0.0.1), PGUSER (postgres), KEEP_DB=1 to keep it.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-30000}
concurrency=${2:-64}
tokens=${3:-150}
port=${4:-8098}
jar=${JAR:-target/workers-home.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

dropdb --if-exists bench
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
run=r$(date +%s)
mkdir -p "$data/classes"
javac -d "$data/classes" bench/AppealIntake.java
echo "$(java -version 2>&1 | head -1); $(nproc) cores; $(psql -tAc 'show server_version' bench) PostgreSQL; JAVA_OPTS=${JAVA_OPTS:-}"
# CPU time (ms) of the app and of its PostgreSQL backends: per request it tells more than a rate on a shared machine
cpu_ms() { local t=0 f; for f in "$@"; do [ -r "/proc/$f/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$f/stat"))); done; echo $((t * 1000 / $(getconf CLK_TCK))); }
pg_pids() { pgrep -f "postgres: .* bench [0-9.]+\\(" || true; }
java -cp "$data/classes" AppealIntake "http://127.0.0.1:$port" "$run" "$count" "$concurrency" "$tokens" "${SECONDS_MAX:-120}" "${WARMUP:-2000}" \
  > >(tee "$data/out.txt") &
gen=$!
# measure the main run only: wait for the warm-up line
until grep -q '^warm-up\|^run ' "$data/out.txt" 2>/dev/null; do sleep 0.2; done
app0=$(cpu_ms "$pid"); pgs=$(pg_pids); pg0=$(cpu_ms $pgs)
wait "$gen"
app1=$(cpu_ms "$pid"); pg1=$(cpu_ms $pgs)
created=$(grep -o 'CREATED=[0-9]*' "$data/out.txt" | cut -d= -f2)
sleep 2 # notifications' mail is sent after commit; rows are already committed when the 201 leaves
rows=$(psql -tAc "select count(*) from appeal where title like 'bench-$run-%'" bench)
timeline=$(psql -tAc "select count(*) from workflow_transition t join appeal a on a.id = t.target_id and t.target_type = 'Appeal' where a.title like 'bench-$run-%'" bench 2>/dev/null || echo "?")
audit=$(psql -tAc "select count(*) from audit_log l join appeal a on l.target_type = 'Appeal' and l.target_id = a.id::text where a.title like 'bench-$run-%'" bench 2>/dev/null || echo "?")
echo "rows in appeal: $rows (201 responses: $created) · timeline entries: $timeline · audit entries: $audit"
awk -v a=$((app1 - app0)) -v p=$((pg1 - pg0)) -v n="$created" 'BEGIN { if (n > 0) printf "CPU per submission: app %.2f ms, PostgreSQL backends %.2f ms\n", a / n, p / n }'
[ "$rows" = "$created" ] && echo "LOST: 0" || echo "MISMATCH: rows $rows vs 201 $created"
[ "${KEEP_DB:-0}" = 1 ] || { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; dropdb bench; }
