#!/usr/bin/env bash
# The article page under load: the app (demo profile, fat jar, fresh temp data dir) against nginx serving the very
# same rendered HTML as a static file, both measured with wrk in one run. Reports requests/s, p50/p99 and the
# ratio app/nginx. Not part of the test suite.
# Usage: bench/article.sh [connections=200] [seconds=20]
# env: NGINX_GZIP=static (default: nginx sends a pre-compressed .gz, as the app sends pre-compressed bytes) or
#      dynamic (nginx compresses each response, as a default nginx config does),
#      APP_ARGS="--spring.threads.virtual.enabled=false" (extra app arguments), APP_PORT=18099 NGINX_PORT=18199 THREADS=2 JAR=target/workers-home.jar JAVA_OPTS=…
set -euo pipefail
cd "$(dirname "$0")/.."
conns=${1:-200}
secs=${2:-20}
app_port=${APP_PORT:-18099}
nginx_port=${NGINX_PORT:-18199}
threads=${THREADS:-2}
jar=${JAR:-target/workers-home.jar}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is missing (apt-get install nginx-light)"; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

tmp=$(mktemp -d)
app_pid=
nginx_pid=
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "$(java -version 2>&1 | head -1); $(nproc) cores; $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); $("$NGINX" -v 2>&1)"
for p in "$app_port" "$nginx_port"; do
  ! curl -s -o /dev/null "http://127.0.0.1:$p/" || { echo "port $p is in use: set APP_PORT / NGINX_PORT"; exit 1; }
done
java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$app_port" \
  --workers-home.data-dir="$tmp/data" --logging.level.root=warn ${APP_ARGS:-} >"$tmp/app.log" 2>&1 &
app_pid=$!
until curl -fs "http://127.0.0.1:$app_port/actuator/health" >/dev/null; do
  kill -0 "$app_pid" 2>/dev/null || { echo "app exited"; tail -30 "$tmp/app.log"; exit 1; }
  sleep 0.5
done

# the seed article: the one the news calendar lists on its day
path=$(curl -fs "http://127.0.0.1:$app_port/calendar/2019-09-24" | grep -o '/articles/[0-9]*' | head -1)
[ -n "$path" ] || { echo "seed article not found"; exit 1; }
url="http://127.0.0.1:$app_port$path"
mkdir -p "$tmp/www/articles" "$tmp/logs"
curl -fs -A "Mozilla/5.0 bench" "$url" >"$tmp/www$path.html"
[ "${NGINX_GZIP:-static}" = static ] && gzip -k -9 "$tmp/www$path.html"
html_bytes=$(stat -c %s "$tmp/www$path.html")
gzip_bytes=$(curl -fs -A "Mozilla/5.0 bench" -H 'Accept-Encoding: gzip' "$url" | wc -c)
echo "page $path: ${html_bytes} bytes HTML, ${gzip_bytes} bytes gzip from the app"

chmod 755 "$tmp"; chmod -R a+rX "$tmp/www"   # nginx workers run as another user when started as root
cat >"$tmp/nginx.conf" <<CONF
worker_processes auto;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  $( [ "${NGINX_GZIP:-static}" = static ] && echo 'gzip_static on;' || echo 'gzip on;' )
  etag on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $tmp/www;
    location / { try_files \$uri.html \$uri =404; charset utf-8; }
  }
}
CONF
"$NGINX" -p "$tmp" -c "$tmp/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1
nginx_url="http://127.0.0.1:$nginx_port$path"
curl -fs -H 'Accept-Encoding: gzip' -o /dev/null "$nginx_url" || { echo "nginx does not answer"; cat "$tmp/logs/error.log"; exit 1; }

headers=(-H 'Accept-Encoding: gzip' -H 'User-Agent: Mozilla/5.0 (Linux; Android 14) bench')
measure() { # label url → "rps p50 p99"
  wrk -t"$threads" -c"$conns" -d"${secs}s" --latency "${headers[@]}" "$2" >"$tmp/$1.wrk"
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/$1.wrk")
  p50=$(awk '$1 == "50%" {print $2}' "$tmp/$1.wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$tmp/$1.wrk")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$tmp/$1.wrk")
  printf '%-6s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
  echo "$rps" >"$tmp/$1.rps"
}

# warm-up: JIT of the app, page cache filled
wrk -t"$threads" -c50 -d10s "${headers[@]}" "$url" >/dev/null
wrk -t"$threads" -c50 -d3s "${headers[@]}" "$nginx_url" >/dev/null
echo "nginx gzip: ${NGINX_GZIP:-static}"
echo "wrk -t$threads -c$conns -d${secs}s --latency (gzip, keep-alive)"
measure app "$url"
measure nginx "$nginx_url"
awk -v a="$(cat "$tmp/app.rps")" -v n="$(cat "$tmp/nginx.rps")" 'BEGIN {printf "ratio app/nginx %.2f\n", a / n}'
