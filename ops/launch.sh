#!/usr/bin/env bash
# Starts the packaged krimflow jar the fast way (docs/adr/0009): extracted, so classes load from plain
# jars instead of the nested fat jar, and with a class data sharing (CDS) archive made by one training
# start. Both are made once per jar build under ${KRIMFLOW_APP_DIR:-target/app}; later starts reuse them.
# The training start is the application itself on the configured database (SPRING_PROFILES_ACTIVE,
# DB_URL, ... and the arguments), with the job executor off, stopped once its context is up: the jar
# has no embedded database (docs/adr/0011), so the database must be reachable when the archive is made.
# Usage: ops/launch.sh [application arguments...]           (JAVA_OPTS are passed to the JVM)
#        ops/launch.sh --prepare [application arguments...] (only extract and train)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/krimflow-*.jar 2>/dev/null | grep -v original | head -n1 || true)
[ -n "$jar" ] || { echo "no target/krimflow-*.jar: run ./mvnw package -DskipTests first" >&2; exit 1; }
dir="${KRIMFLOW_APP_DIR:-target/app}"
app="$dir/$(basename "$jar")"
archive="$dir/krimflow.jsa"
if [ ! -f "$app" ] || [ "$jar" -nt "$app" ]; then
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
fi
prepare_only=""
if [ "${1:-}" = "--prepare" ]; then
  prepare_only=1
  shift
fi
if [ ! -f "$archive" ]; then
  java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
    -jar "$app" "$@" --server.port=0 --camunda.bpm.job-execution.enabled=false \
    > "$dir/training.log" 2>&1 || { rm -f "$archive"; echo "CDS training failed, see $dir/training.log" >&2; exit 1; }
fi
[ -n "$prepare_only" ] && exit 0
exec java -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off ${JAVA_OPTS:-} -jar "$app" "$@"
