#!/usr/bin/env bash
# A national-scale PostgreSQL database for benchmarks: 1M members, ~50k orgs (root → 31 provinces → cities →
# units; 黑龙江 with ~200k members in ~5k orgs), 200k appeals over 24 months, 20k hardship files, and the demo
# accounts (admin: all; cadre.province: 黑龙江 and its subtree; password Demo@2026). Not a test.
#
# 1. drops and re-creates the database, starts target/workers-home.jar once against it with the demo profile
#    (Flyway's schema, the demo tree, accounts and records of every module) and stops it;
# 2. bench/national-orgs.sql: provinces, cities and units with generate_series, and each unit's member count;
# 3. bench/NationalRows.java writes the members as CSV — ID numbers and phones encrypted with the app's key, the
#    blind index — straight into `\copy member … from stdin`;
# 4. bench/national-records.sql: appeals and hardship files in SQL; then VACUUM ANALYZE.
#
# The personal-data key is WORKERS_HOME_CRYPTO_KEY if set, else the one in $KEY_FILE (made on the first run):
# start the app on this database with the same key (bench/lists.sh does), or nothing personal decrypts.
# The search index (articles, books, craftsmen) is not touched: the generated records are not full-text indexed,
# and a node started with an empty data directory rebuilds the article index itself at start
# (PortalSearch.rebuildIfStale) — nothing to do.
#
# Usage: bench/generate-national.sh [database=wh_national]
# Env: JAR (target/workers-home.jar), PGHOST (127.0.0.1), PGUSER (postgres), KEY_FILE (~/.workers-home-bench/<db>.key),
#      PORT (8095, for the schema run), JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-wh_national}
[ "$db" = test ] && { echo "refusing to use the shared test database"; exit 1; }
jar=${JAR:-target/workers-home.jar}
port=${PORT:-8095}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
key_file=${KEY_FILE:-$HOME/.workers-home-bench/$db.key}
if [ -z "${WORKERS_HOME_CRYPTO_KEY:-}" ]; then
  if [ ! -f "$key_file" ]; then
    mkdir -p "$(dirname "$key_file")"
    head -c 32 /dev/urandom | base64 > "$key_file"
    chmod 600 "$key_file"
  fi
  WORKERS_HOME_CRYPTO_KEY=$(cat "$key_file")
fi
export WORKERS_HOME_CRYPTO_KEY
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT
t0=$(date +%s.%N)
step() { printf '%6.1f s  %s\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$*"; }

dropdb --if-exists "$db"
createdb "$db"
step "schema and demo data: starting $jar on $db"
java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
  --workers-home.data-dir="$data/data" \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" --spring.datasource.username="$PGUSER" \
  --spring.datasource.password="${PGPASSWORD:-}" >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "app exited"; tail -30 "$data/app.log"; exit 1; }
  sleep 1
done
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
step "app stopped; orgs"
psql -q -v ON_ERROR_STOP=1 -f bench/national-orgs.sql "$db"
step "$(psql -tAc 'select count(*) from org' "$db") orgs; members"
mkdir -p "$data/classes"
javac -d "$data/classes" bench/NationalRows.java
psql -q -v ON_ERROR_STOP=1 -c '\copy (select id, region_code, members, industry from bench_unit where members > 0 order by id) to stdout with csv' "$db" |
  java -cp "$data/classes" NationalRows members |
  psql -q -v ON_ERROR_STOP=1 -c '\copy member (org_id, name, gender, id_number, id_number_hash, phone, birth_date, join_date, job, status, created_at, updated_at) from stdin with csv' "$db"
step "$(psql -tAc 'select count(*) from member' "$db") members; incomes, appeals and hardship files"
psql -q -c 'create table bench_income (plain varchar(20), cipher varchar(200))' "$db"
seq 300 10 1200 | sed 's/$/.00/' | java -cp "$data/classes" NationalRows encrypt |
  psql -q -v ON_ERROR_STOP=1 -c '\copy bench_income from stdin with csv' "$db"
psql -q -v ON_ERROR_STOP=1 -f bench/national-records.sql "$db"
psql -q -c 'drop table bench_income' -c 'drop table bench_unit' "$db"
step "$(psql -tAc 'select count(*) from appeal' "$db") appeals, $(psql -tAc 'select count(*) from hardship_file' "$db") hardship files; vacuum analyze"
psql -q -c 'vacuum analyze' "$db"
step "done: $db ($(psql -tAc "select pg_size_pretty(pg_database_size('$db'))" "$db")); key in ${KEY_FILE:-$key_file} or WORKERS_HOME_CRYPTO_KEY"
psql -c "select p.name as province, count(distinct o.id) as orgs, count(m.id) as members
         from org p join org o on o.path like p.path || '%' left join member m on m.org_id = o.id
         where p.depth = 1 group by p.name order by members desc limit 3" "$db"
