#!/usr/bin/env bash
# Startup time and memory of the demo app: a first start on a fresh data dir (migrations and demo seeding), then
# restarts on the same data, once per way of starting: the plain fat jar, the extracted jar with a class-data
# sharing archive (Java 17+), and, when a Java 25 is there, the plain jar and the extracted jar with an AOT cache.
# Not part of the test suite.
# Usage: bench/startup.sh [port]     (builds target/workers-home.jar when missing)
# env: JAVA (default: java on PATH), JAVA25 (default: Temurin 25 under /usr/lib/jvm; skipped when missing),
#      JAVA_OPTS (added to every start), VARIANTS (default "jar cds jar25 aot25")
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8097}
jar=target/workers-home.jar
java17=${JAVA:-java}
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
variants=${VARIANTS:-jar cds jar25 aot25}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
curl -fs -o /dev/null "http://127.0.0.1:$port/" && { echo "port $port is taken: another app would answer"; exit 1; }
work=$(mktemp -d)
data="$work/data"
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

args=(--spring.profiles.active=demo --server.port="$port" --workers-home.data-dir="$data")
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# user + system CPU seconds of the process so far (fields 14 and 15 of /proc/PID/stat, in clock ticks)
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# run LABEL JAVA JAR [JVM options…]: start, wait for health UP, 20 sign-ins, stop
run() {
  local label=$1 java=$2 app=$3; shift 3
  local log="$work/$label.log"
  local t0; t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:-} "$@" -jar "$app" "${args[@]}" >"$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "app exited; see $log"; tail -20 "$log"; exit 1; }
    sleep 0.1
  done
  local t1; t1=$(date +%s.%N)
  local ready; ready=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')
  local cpu; cpu=$(cpu_s "$pid")
  local started; started=$(grep -o 'Started WorkersHomeApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
  local rss_idle; rss_idle=$(rss_mb "$pid")
  # a worker's first visit: sign in and load /me with its assets, 20 times
  for _ in $(seq 1 20); do
    local jar_c="$work/cookies"; rm -f "$jar_c"
    local token; token=$(curl -fs -c "$jar_c" -b "$jar_c" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$jar_c" -b "$jar_c" --data-urlencode "username=worker.forest" \
      --data-urlencode "password=Demo@2026" --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
    curl -fs -o /dev/null -b "$jar_c" "http://127.0.0.1:$port/me"
  done
  local rss_used; rss_used=$(rss_mb "$pid")
  printf '%-8s ready (health UP) %5.1f s   CPU %5.1f s   Spring "Started" %5s s   RSS idle %4s MB   after 20 sign-ins %4s MB\n' \
    "$label" "$ready" "$cpu" "$started" "$rss_idle" "$rss_used"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

# train JAVA JAR [JVM options…]: a training run that stops once the context is refreshed (Spring Boot's
# spring.context.exit=onRefresh), which is when the JVM writes the archive or cache named in the options
train() {
  local java=$1 app=$2; shift 2
  "$java" "$@" -Dspring.context.exit=onRefresh -jar "$app" "${args[@]}" >"$work/training.log" 2>&1 \
    || { echo "training run failed"; tail -20 "$work/training.log"; exit 1; }
}

echo "$("$java17" -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); jar $(du -h "$jar" | cut -f1)"
# Spring Boot's layout for CDS and the AOT cache: target/…/workers-home.jar with its libraries in lib/
"$java17" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted="$work/app/workers-home.jar"

run first "$java17" "$jar"
for v in $variants; do
  case $v in
    jar) run jar "$java17" "$jar" ;;
    cds) train "$java17" "$extracted" -XX:ArchiveClassesAtExit="$work/app.jsa"
         run cds "$java17" "$extracted" -XX:SharedArchiveFile="$work/app.jsa" ;;
    jar25|aot25)
      [ -x "$java25" ] || { echo "$v: no Java 25 at $java25 (set JAVA25)"; continue; }
      if [ "$v" = jar25 ]; then
        run jar25 "$java25" "$jar"
      else
        train "$java25" "$extracted" -XX:AOTCacheOutput="$work/app.aot"
        run aot25 "$java25" "$extracted" -XX:AOTCache="$work/app.aot"
      fi ;;
    *) echo "unknown variant $v" ;;
  esac
done
