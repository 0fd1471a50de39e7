# Sourced by backup.sh and restore.sh: where H2's tools come from, and the data directory's database URL.
h2jar() {
  if [ -n "${H2_JAR:-}" ]; then echo "$H2_JAR"; return; fi
  local entry; entry=$(unzip -Z1 "$jar" | grep -m1 '^BOOT-INF/lib/h2-.*\.jar$')
  unzip -p "$jar" "$entry" >"$work/h2.jar"; echo "$work/h2.jar"
}
h2file() { echo "jdbc:h2:file:$1/db/workers-home;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; }
