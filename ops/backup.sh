#!/usr/bin/env bash
# Backs up Workers' Home into one archive: the database, the uploaded files (<data-dir>/files) and the personal-data
# key (<data-dir>/secret.key, when the key is not configured elsewhere). The search index is not backed up: it is
# rebuilt on start. See docs/operations.md#backup.
#   PostgreSQL (online):   ops/backup.sh --pg postgresql://user@host:5432/db [--schema public] --data-dir DIR --out FILE.tar
#   H2 (app stopped):      ops/backup.sh --h2 --data-dir DIR --out FILE.tar [--jar workers-home.jar]
#   --h2-url URL instead of the data directory's database (e.g. jdbc:h2:tcp://…) for the H2 step.
# Env: H2_JAR (the H2 jar to run its Script tool; default: taken out of the application jar).
set -euo pipefail
mode= url= h2url= schema= data= out= jar=target/workers-home.jar
while [ $# -gt 0 ]; do
  case $1 in
    --pg) mode=pg; url=$2; shift ;;
    --h2) mode=h2 ;;
    --h2-url) h2url=$2; shift ;;
    --schema) schema=$2; shift ;;
    --data-dir) data=$2; shift ;;
    --out) out=$2; shift ;;
    --jar) jar=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$mode" ] && [ -n "$data" ] && [ -n "$out" ] || { sed -n '2,8p' "$0"; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/h2.sh"
if [ "$mode" = pg ]; then
  # with --schema pg_dump leaves out the extensions, which the schema's objects may need (btree_gist for the
  # homes' booking constraint): --extension takes the non-system ones along (PostgreSQL 14+)
  pg_dump --format=custom --no-owner ${schema:+--schema="$schema" --extension='*'} --file="$work/database.pgdump" "$url"
else
  java -cp "$(h2jar)" org.h2.tools.Script -url "${h2url:-$(h2file "$data")}" -user sa -script "$work/database.h2.sql"
fi
parts=(-C "$work" "$(cd "$work" && ls database.*)")
[ -d "$data/files" ] && parts+=(-C "$data" files)
[ -f "$data/secret.key" ] && parts+=(-C "$data" secret.key)
tar -cf "$out" "${parts[@]}"
echo "backed up to $out: $(tar -tf "$out" | grep -c -v '/$') entries"
