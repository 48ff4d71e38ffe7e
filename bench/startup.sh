#!/usr/bin/env bash
# Measures time from launch to ready (/actuator/health/readiness answers UP) and resident memory
# (RSS) right after, for the embedded default and the postgres profile.
# Usage: bench/startup.sh [default|postgres]   (postgres: a throw-away embedded PostgreSQL is used
# unless DB_URL is set). Builds nothing: run `./mvnw -q package -DskipTests` first.
#   LAUNCH=jar (default): java -jar target/krimflow-*.jar;  LAUNCH=cds: ops/launch.sh (extracted + CDS,
#   prepared before the clock starts). JAVA_OPTS (default -Xmx512m) go to the JVM in both.
#   LOAD=<tasks>: after the start, bench/InboxLoad.java opens <tasks> tasks over the REST API and loads
#   10 users' inboxes (LOAD_PER_USER times each); prints the inbox latency and the RSS after it.
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-default}"
port="${PORT:-8081}"
work=bench/work
mkdir -p "$work"
jar=$(ls target/krimflow-*.jar | grep -v original | head -n1)

args=()
pg_pid=""
if [ "$profile" = "postgres" ]; then
  if [ -z "${DB_URL:-}" ]; then
    # No database given: a throw-away embedded PostgreSQL (the one the tests use).
    ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test-cp.txt"
    rm -f "$work/pg.url"
    java -cp "$(cat "$work/test-cp.txt")" bench/EmbeddedPg.java > "$work/pg.url" 2> "$work/pg.log" &
    pg_pid=$!
    until grep -q '^jdbc:' "$work/pg.url" 2>/dev/null; do
      kill -0 $pg_pid 2>/dev/null || { echo "embedded PostgreSQL failed, see $work/pg.log" >&2; exit 1; }
      sleep 0.5
    done
    export DB_URL=$(grep -m1 '^jdbc:' "$work/pg.url" | sed 's/?.*//') DB_USER=postgres DB_PASSWORD=postgres
  fi
  args+=(--spring.profiles.active=postgres,demo)
else
  rm -rf "$work/data"
  args+=("--spring.datasource.url=jdbc:h2:file:./$work/data/krimflow;DB_CLOSE_ON_EXIT=FALSE")
fi

# The heap limit recommended for production (README): without it the JVM may take a quarter of the RAM.
export JAVA_OPTS="${JAVA_OPTS--Xmx512m}"
launch=(java $JAVA_OPTS -jar "$jar")
if [ "${LAUNCH:-jar}" = "cds" ]; then
  ops/launch.sh --prepare
  launch=(ops/launch.sh)
fi
start=$(date +%s%N)
PORT=$port "${launch[@]}" "${args[@]}" > "$work/$profile.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; [ -n "${pg_pid:-}" ] && kill $pg_pid 2>/dev/null || true' EXIT
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
