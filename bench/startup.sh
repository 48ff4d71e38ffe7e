#!/usr/bin/env bash
# Measures time from launch to ready (/actuator/health/readiness answers UP) and resident memory
# (RSS) right after, for the packaged jar on the postgres profile (the jar has no embedded database,
# docs/adr/0011). Usage: bench/startup.sh [postgres]   (a throw-away embedded PostgreSQL, fresh for
# the measured start, unless DB_URL is set). Builds nothing: run `./mvnw -q package -DskipTests` first.
#   LAUNCH=jar (default): java -jar target/krimflow-*.jar;  LAUNCH=cds: ops/launch.sh (extracted + CDS,
#   prepared before the clock starts). JAVA_OPTS (default -Xmx512m) go to the JVM in both.
#   LOAD=<tasks>: after the start, bench/InboxLoad.java opens <tasks> tasks over the REST API and loads
#   10 users' inboxes (LOAD_PER_USER times each); prints the inbox latency and the RSS after it.
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-postgres}"
port="${PORT:-8081}"
work=bench/work
mkdir -p "$work"
jar=$(ls target/krimflow-*.jar | grep -v original | head -n1)

if [ "$profile" != "postgres" ]; then
  echo "bench/startup.sh: the packaged jar runs on PostgreSQL only (docs/adr/0011); use: bench/startup.sh postgres" >&2
  exit 2
fi

pg_pid=""
own_db=""
# A throw-away embedded PostgreSQL (the one the tests use), unless DB_URL names a database.
start_pg() {
  [ -f "$work/test-cp.txt" ] || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test-cp.txt"
  rm -f "$work/pg.url"
  java -cp "$(cat "$work/test-cp.txt")" bench/EmbeddedPg.java > "$work/pg.url" 2> "$work/pg.log" &
  pg_pid=$!
  until grep -q '^jdbc:' "$work/pg.url" 2>/dev/null; do
    kill -0 $pg_pid 2>/dev/null || { echo "embedded PostgreSQL failed, see $work/pg.log" >&2; exit 1; }
    sleep 0.5
  done
  export DB_URL=$(grep -m1 '^jdbc:' "$work/pg.url" | sed 's/?.*//') DB_USER=postgres DB_PASSWORD=postgres
}
stop_pg() {
  if [ -n "$pg_pid" ]; then kill $pg_pid 2>/dev/null || true; wait $pg_pid 2>/dev/null || true; pg_pid=""; fi
}
if [ -z "${DB_URL:-}" ]; then
  own_db=1
  start_pg
fi
args=(--spring.profiles.active=postgres,demo)

# The heap limit recommended for production (README): without it the JVM may take a quarter of the RAM.
export JAVA_OPTS="${JAVA_OPTS--Xmx512m}"
launch=(java $JAVA_OPTS -jar "$jar")
if [ "${LAUNCH:-jar}" = "cds" ]; then
  # The archive is trained on a database of its own, so the measured start meets a fresh one too.
  ops/launch.sh --prepare "${args[@]}"
  if [ -n "$own_db" ]; then
    stop_pg
    start_pg
  fi
  launch=(ops/launch.sh)
fi
start=$(date +%s%N)
PORT=$port "${launch[@]}" "${args[@]}" > "$work/$profile.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; stop_pg' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 $pid 2>/dev/null; then echo "application died, see $work/$profile.log" >&2; exit 1; fi
  sleep 0.2
done
ready=$(date +%s%N)
sleep 2
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
load=""
if [ -n "${LOAD:-}" ]; then
  load=" $(java bench/InboxLoad.java "http://localhost:$port" "$LOAD" "${LOAD_PER_USER:-10}")"
  load="$load rss_after_load_mb=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))"
fi
kill $pid; wait $pid 2>/dev/null || true
echo "profile=$profile launch=${LAUNCH:-jar} java_opts=${JAVA_OPTS// /,} ready_ms=$(( (ready - start) / 1000000 )) rss_mb=$(( rss_kb / 1024 ))$load load=$(cut -d' ' -f1-3 /proc/loadavg)"
