#!/usr/bin/env bash
# Congress vote on PostgreSQL: N representatives vote once each within S seconds — zero lost, zero double, p99.
# Starts target/workers-home.jar with the profiles demo,congress-bench on a fresh database (dropped and re-created;
# default wh_congress, never `test`), which seeds N representatives (accounts bench.rep.00001…), all signed in, and
# one open secret ballot. bench/CongressVote.java votes over the API (every 10th voter also sends a racing twin),
# then the ballot is closed over the API as cadre.forest and the tally compared with the accepted votes. Not a test.
# Usage: bench/vote.sh [count=2000] [seconds=10] [port=8099]
# Env: JAR (default target/workers-home.jar), JAVA_OPTS, DB (wh_congress), PGHOST (127.0.0.1), PGUSER (postgres),
#      DUP_EVERY (10; 0 = no racing twins), KEEP_DB=1 to keep app and database.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
seconds=${2:-10}
port=${3:-8099}
db=${DB:-wh_congress}
[ "$db" = test ] && { echo "refusing to use the shared test database"; exit 1; }
jar=${JAR:-target/workers-home.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

dropdb --if-exists "$db"
createdb "$db"
t0=$(date +%s)
java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo,congress-bench --server.port="$port" \
  --workers-home.data-dir="$data/data" --workers-home.congress.bench-representatives="$count" \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" --spring.datasource.username="$PGUSER" \
  --spring.datasource.password="${PGPASSWORD:-}" >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && grep -q 'Congress bench:' "$data/app.log"; do
  kill -0 "$pid" 2>/dev/null || { echo "app exited"; tail -30 "$data/app.log"; exit 1; }
  sleep 1
done
echo "setup: $(grep -o 'Congress bench:.*' "$data/app.log") — $(( $(date +%s) - t0 )) s from start"
mkdir -p "$data/classes"
javac -d "$data/classes" bench/CongressVote.java
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(java -version 2>&1 | head -1); $(nproc) cores; PostgreSQL $(psql -tAc 'show server_version' "$db"); JAVA_OPTS=${JAVA_OPTS:-}"
# CPU time (ms) of the app and of its PostgreSQL backends over the measured run: on a shared machine this says more
# than latency (2 cores ÷ CPU per vote = the ceiling of votes per second)
cpu_ms() { local t=0 f; for f in "$@"; do [ -r "/proc/$f/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$f/stat"))); done; echo $((t * 1000 / $(getconf CLK_TCK))); }
pg_pids() { pgrep -f "postgres: .* $db [0-9.]+\\(" || true; }
java -cp "$data/classes" CongressVote "http://127.0.0.1:$port" "$count" "$seconds" "${DUP_EVERY:-10}" \
  > >(tee "$data/out.txt") &
gen=$!
until grep -q '^warm-up' "$data/out.txt" 2>/dev/null; do sleep 0.2; done
app0=$(cpu_ms "$pid"); pgs=$(pg_pids); pg0=$(cpu_ms $pgs)
wait "$gen"
app1=$(cpu_ms "$pid"); pg1=$(cpu_ms $pgs)
sleep 0.5
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
ballot=$(grep -o 'BALLOT=[0-9]*' "$data/out.txt" | cut -d= -f2)
accepted=$(grep -o 'ACCEPTED=[0-9]*' "$data/out.txt" | cut -d= -f2)
rows=$(psql -tAc "select count(*) from congress_ballot_participation where ballot_id = $ballot" "$db")
voters=$(psql -tAc "select count(distinct member_id) from congress_ballot_participation where ballot_id = $ballot" "$db")
tally=$(psql -tAc "select coalesce(sum(votes), 0) from congress_ballot_tally where ballot_id = $ballot" "$db")
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"cadre.forest","password":"Demo@2026"}' \
  "http://127.0.0.1:$port/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
result=$(curl -fs -X POST -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/ballots/$ballot/close")
echo "close: $result"
echo "participation rows: $rows (distinct voters $voters) · tally sum: $tally · 201 responses: $accepted"
ok=1
for c in FOR AGAINST ABSTAIN; do
  want=$(grep -o "CHOICE_$c=[0-9]*" "$data/out.txt" | cut -d= -f2)
  got=$(echo "$result" | grep -o "\"$c\":[0-9]*" | head -1 | cut -d: -f2)
  echo "$c: accepted $want, counted $got"
  [ "$want" = "$got" ] || ok=0
done
lost=$((accepted - rows)); double=$((rows - voters + tally - rows))
reqs=$(grep -o 'requests: [0-9]*' "$data/out.txt" | awk '{print $2}')
awk -v a=$((app1 - app0)) -v p=$((pg1 - pg0)) -v n="$reqs" 'BEGIN { if (n > 0) printf "CPU per vote request: app %.2f ms, PostgreSQL backends %.2f ms\n", a / n, p / n }'
echo "LOST: $lost  DOUBLE: $double  (tally per choice matches accepted votes: $([ $ok = 1 ] && echo yes || echo NO))"
[ "${KEEP_DB:-0}" = 1 ] || { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
