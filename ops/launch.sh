#!/usr/bin/env bash
# Starts the packaged krimflow jar the fast way (docs/adr/0009): extracted, so classes load from plain
# jars instead of the nested fat jar, and with a class data sharing (CDS) archive made by one training
# start. Both are made once per jar build under ${KRIMFLOW_APP_DIR:-target/app}; later starts reuse them.
# Usage: ops/launch.sh [application arguments...]     (JAVA_OPTS are passed to the JVM)
#        ops/launch.sh --prepare                      (only extract and train, e.g. in an image build)
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
if [ ! -f "$archive" ]; then
  # Training start: the embedded default on a throw-away database, stopped once the context is up.
  train="$dir/training"
  rm -rf "$train"
  java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
    -jar "$app" --server.port=0 --spring.datasource.url="jdbc:h2:file:./$train/db;DB_CLOSE_ON_EXIT=FALSE" \
    > "$dir/training.log" 2>&1 || { echo "CDS training failed, see $dir/training.log" >&2; exit 1; }
  rm -rf "$train"
fi
[ "${1:-}" = "--prepare" ] && exit 0
exec java -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off ${JAVA_OPTS:-} -jar "$app" "$@"
