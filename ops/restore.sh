#!/usr/bin/env bash
# Restores an archive made by ops/backup.sh into an EMPTY database and data directory; the search index is rebuilt
# when the application starts. See docs/operations.md#backup.
#   PostgreSQL:  ops/restore.sh --pg postgresql://user@host:5432/newdb --data-dir DIR --in FILE.tar
#   H2:          ops/restore.sh --h2 --data-dir DIR --in FILE.tar [--jar workers-home.jar]
#   --h2-url URL instead of the data directory's database (e.g. jdbc:h2:tcp://…) for the H2 step.
# Env: H2_JAR (as for backup.sh).
set -euo pipefail
mode= url= h2url= data= in= jar=target/workers-home.jar
while [ $# -gt 0 ]; do
  case $1 in
    --pg) mode=pg; url=$2; shift ;;
    --h2) mode=h2 ;;
    --h2-url) h2url=$2; shift ;;
    --data-dir) data=$2; shift ;;
    --in) in=$2; shift ;;
    --jar) jar=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$mode" ] && [ -n "$data" ] && [ -n "$in" ] || { sed -n '2,6p' "$0"; exit 2; }
[ -e "$data/db" ] || [ -e "$data/files" ] && { echo "$data already holds data: restore into an empty directory" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$data"
tar -xf "$in" -C "$work"
if [ "$mode" = pg ]; then
  [ -f "$work/database.pgdump" ] || { echo "not a PostgreSQL backup" >&2; exit 1; }
  pg_restore --no-owner --exit-on-error --dbname="$url" "$work/database.pgdump"
else
  [ -f "$work/database.h2.sql" ] || { echo "not an H2 backup" >&2; exit 1; }
  . "$(dirname "$0")/h2.sh"
  java -cp "$(h2jar)" org.h2.tools.RunScript -url "${h2url:-$(h2file "$data")}" -user sa -script "$work/database.h2.sql"
fi
[ -d "$work/files" ] && cp -a "$work/files" "$data/"
[ -f "$work/secret.key" ] && cp -a "$work/secret.key" "$data/" && chmod 600 "$data/secret.key"
rm -rf "$data/search"
echo "restored $in into $data${url:+ and $url}; start the application: it rebuilds the search index"
