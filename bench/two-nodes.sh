#!/usr/bin/env bash
# Two app nodes on one PostgreSQL (loopback, two ports), and faults under load. Not a test.
#  1. a session made on node A works on node B (sessions in the database);
#  2. an API token revoked on A stops working on B at once (node caches emptied through LISTEN/NOTIFY);
#  3. appeals posted to both nodes while node B is killed with -9 and restarted (and, with FAULT_PG=1, while
#     PostgreSQL restarts): every acknowledged submission is in the database afterwards, none twice; and how long
#     each node takes to answer again after the database is back.
# Usage: bench/two-nodes.sh [seconds=40] [threads=8]
# Env: JAR (default target/workers-home.jar), DB (default twonodes: dropped and re-created; never `test`),
#      FAULT_PG=1 to restart PostgreSQL mid-run (needs root; disturbs anything else using it), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-40}
threads=${2:-8}
jar=${JAR:-target/workers-home.jar}
db=${DB:-twonodes}
[ "$db" = test ] && { echo "not the test database"; exit 1; }
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
declare -A pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dropdb --if-exists "$db" 2>/dev/null; createdb "$db"
# nodes share the personal-data key (else each data dir makes its own) and, in production, the files directory
WORKERS_HOME_CRYPTO_KEY=$(head -c 32 /dev/urandom | base64); export WORKERS_HOME_CRYPTO_KEY
start() { # start NAME PORT
  java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$2" \
    --workers-home.data-dir="$work/data-$1" --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" >>"$work/$1.log" 2>&1 &
  pids[$1]=$!
}
healthy() { curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health"; }
wait_healthy() { until healthy "$1"; do sleep 0.2; done; }
A=8101 B=8102
start A $A; wait_healthy $A       # the first node migrates and seeds
start B $B; wait_healthy $B
echo "$(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(psql -tAc 'show server_version' "$db")"

# 1. a session made on A, used on B
jar_c="$work/cookies"
csrf=$(curl -fs -c "$jar_c" -b "$jar_c" "http://127.0.0.1:$A/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar_c" -b "$jar_c" --data-urlencode username=worker.forest --data-urlencode password=Demo@2026 \
  --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$A/login"
me_b=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar_c" "http://127.0.0.1:$B/me")
echo "1. session signed in on A, /me on B: $me_b (200 and no redirect = shared)"

# 2. a token revoked on A, used on B
token() { curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo@2026\"}" \
  "http://127.0.0.1:$A/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
t=$(token worker.forest)
before=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $t" "http://127.0.0.1:$B/api/v1/notifications")
curl -fs -o /dev/null -X DELETE -H "Authorization: Bearer $t" "http://127.0.0.1:$A/api/v1/auth/token"
t0=$(date +%s%N); after=
for _ in $(seq 1 50); do
  after=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $t" "http://127.0.0.1:$B/api/v1/notifications")
  [ "$after" = 401 ] && break; sleep 0.02
done
echo "2. token on B before revoking on A: $before, after: $after within $(( ($(date +%s%N) - t0) / 1000000 )) ms"

# 3. submissions under faults
for w in worker.forest rep.forest worker.station; do token "$w"; done >"$work/tokens"
python3 bench/two-nodes.py "$seconds" "$threads" "$work/tokens" "http://127.0.0.1:$A" "http://127.0.0.1:$B" >"$work/result.json" &
load=$!
sleep $(( seconds / 4 ))
echo "3. kill -9 node B at $(date +%T)"; kill -9 "${pids[B]}"; wait "${pids[B]}" 2>/dev/null || true
sleep 2; start B $B; t0=$(date +%s%N); wait_healthy $B
echo "   node B restarted, healthy after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
if [ "${FAULT_PG:-0}" = 1 ]; then
  sleep $(( seconds / 4 ))
  echo "   restarting PostgreSQL at $(date +%T)"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main restart
  until pg_isready -q -h "$PGHOST"; do sleep 0.1; done; t0=$(date +%s%N)
  for p in $A $B; do
    # healthy = the app answers a page that reads the database again
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/actuator/health")" = 200 ]; do sleep 0.1; done
    echo "   node on $p healthy $(( ($(date +%s%N) - t0) / 1000000 )) ms after PostgreSQL was back"
  done
fi
wait "$load"
python3 - "$work/result.json" "$db" <<'PY'
import json, subprocess, sys
r = json.load(open(sys.argv[1]))
rows = subprocess.run(["psql", "-tAc", "select title, count(*) from appeal where title like 'bench-%' group by title", sys.argv[2]],
                      capture_output=True, text=True, check=True).stdout.split()
counts = dict(line.rsplit("|", 1) for line in rows)
acked = set(r["acked"])
missing = [k for k in acked if counts.get("bench-" + k) is None]
twice = {t: c for t, c in counts.items() if int(c) > 1}
print(f"   {len(acked)} acknowledged of {r['attempts']} attempts (failed attempts, retried with the same key: {r['errors']});"
      f" p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms")
print(f"   in the database: {len(counts)} appeals; acknowledged but missing: {len(missing)}; stored twice: {len(twice)};"
      f" stored but never acknowledged (the answer was lost with the node): {len(set(t[6:] for t in counts) - acked)}")
sys.exit(1 if missing or twice else 0)
PY
