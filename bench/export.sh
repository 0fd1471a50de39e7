#!/usr/bin/env bash
# The member export at national scale in a small heap: time, rows, size, and the heap the JVM needed.
# Needs a database made by bench/generate-national.sh (default wh_national; never `test`). Starts
# target/workers-home.jar against it with -Xmx$HEAP and a GC log, signs in as cadre.province (黑龙江: 200,000
# members) through the login form, downloads each export twice (the first warms up), checks the row count in the
# sheet and prints the largest heap in use after a collection during the downloads. Not a test.
# Usage: bench/export.sh [path=/members/export.xlsx] ...
# Env: DB (wh_national), HEAP (256m), JAR, USER_NAME (cadre.province), PORT (8097), JAVA_OPTS, PGHOST, PGUSER, KEY_FILE
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- /members/export.xlsx
db=${DB:-wh_national}
[ "$db" = test ] && { echo "refusing to use the shared test database"; exit 1; }
jar=${JAR:-target/workers-home.jar}
heap=${HEAP:-256m}
port=${PORT:-8097}
user=${USER_NAME:-cadre.province}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
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
curl -fs "$base/actuator/health" >/dev/null && { echo "something already answers on port $port"; exit 1; }
java -Xmx"$heap" -Xlog:gc:file="$data/gc.log" ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo \
  --server.port="$port" --workers-home.data-dir="$data/data" --spring.thymeleaf.cache=true $QUIET_JOBS \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" --spring.datasource.username="$PGUSER" \
  --spring.datasource.password="${PGPASSWORD:-}" >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "app exited"; tail -30 "$data/app.log"; exit 1; }
  sleep 1
done
echo "$(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); -Xmx$heap ${JAVA_OPTS:-}"
jar_file="$data/cookies"
csrf=$(curl -fs -c "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
curl -fs -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "username=$user" \
  --data-urlencode "password=Demo@2026" --data-urlencode "_csrf=$csrf" "$base/login"

# heap in use after each collection (G1 log: "Pause Young ... 120M->35M(256M)"), the largest since line $1
peak_after_gc() { tail -n +"$1" "$data/gc.log" | grep -o -- '->[0-9]*M' | tr -d '>M-' | sort -n | tail -1; }
for path in "$@"; do
  for run in warm-up measured; do
    from=$(($(wc -l < "$data/gc.log") + 1))
    out=$(curl -s -b "$jar_file" -o "$data/export.xlsx" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' "$base$path")
    read -r status first total bytes <<< "$out"
    rows=$(unzip -p "$data/export.xlsx" xl/worksheets/sheet1.xml 2>/dev/null | grep -o '<row ' | wc -l || echo 0)
    rss=$(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status")
    printf '%-28s %-8s HTTP %s  first byte %.2f s  total %.2f s  %d rows (with header)  %.1f MB  heap after GC max %s MB  RSS %s\n' \
      "$path" "$run" "$status" "$first" "$total" "$rows" "$(echo "$bytes / 1048576" | bc -l)" "$(peak_after_gc "$from")" "$rss"
  done
done
grep -c 'OutOfMemoryError' "$data/app.log" | sed 's/^/OutOfMemoryError in the log: /'
