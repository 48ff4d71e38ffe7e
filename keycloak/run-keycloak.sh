#!/usr/bin/env bash
# Runs Keycloak 26.4.7 for krimflow on this machine (development and tests; not for production).
#
#   keycloak/run-keycloak.sh                  # downloads once, imports the realm, starts on :8180
#   KC_PORT=8181 keycloak/run-keycloak.sh     # another port
#   KC_DB=dev-mem keycloak/run-keycloak.sh    # throw-away in-memory database (what the tests use)
#   keycloak/run-keycloak.sh --download-only  # only fetch and unpack the server, print its home
#
# Environment (development defaults in brackets; set real values anywhere else):
#   KC_PORT [8180]  KC_DB [dev-file: keeps data under keycloak/server/.../data]
#   KC_BOOTSTRAP_ADMIN_USERNAME [admin]  KC_BOOTSTRAP_ADMIN_PASSWORD [admin]  (master realm admin)
#   KRIMFLOW_CLIENT_SECRET [krimflow-dev-secret]  secret of the client "krimflow" in the realm
#   KRIMFLOW_BASE_URL [http://localhost:8087]     where krimflow runs (login redirects go there)
#   MAVEN_REPOSITORY [https://repo.maven.apache.org/maven2]  where the distribution comes from
#
# The realm file keycloak/krimflow-realm.json is imported on start when the realm does not exist
# yet (with KC_DB=dev-mem: on every start). It needs a JDK 21 or newer: JAVA_HOME when it is one,
# else the newest under /usr/lib/jvm.
set -euo pipefail

KC_VERSION=26.4.7
KC_SHA1=8e571bb6e6f19388b7efa31f591900a78fd61997
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SERVER_DIR="$HERE/server"
KC_HOME="$SERVER_DIR/keycloak-$KC_VERSION"
REPO="${MAVEN_REPOSITORY:-https://repo.maven.apache.org/maven2}"
ZIP="$SERVER_DIR/keycloak-quarkus-dist-$KC_VERSION.zip"

download() {
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    return
  fi
  mkdir -p "$SERVER_DIR"
  if [[ ! -f "$ZIP" ]]; then
    echo "Downloading Keycloak $KC_VERSION from $REPO ..." >&2
    curl -fsSL --retry 3 -o "$ZIP.part" \
      "$REPO/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
    mv "$ZIP.part" "$ZIP"
  fi
  if [[ "$(sha1sum "$ZIP" | cut -d' ' -f1)" != "$KC_SHA1" ]]; then
    echo "Checksum of $ZIP is wrong; deleting it, run again" >&2
    rm -f "$ZIP"
    exit 1
  fi
  (cd "$SERVER_DIR" && unzip -q -o "$ZIP")
}

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

find_jdk() {
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/*; do candidates+=("$d"); done
  local best="" best_version=0
  for home in "${candidates[@]}"; do
    [[ -x "$home/bin/java" ]] || continue
    local v
    v="$(java_major "$home/bin/java" || echo 0)"
    if [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 21 )); then
      # JAVA_HOME wins when it is good enough; otherwise the newest.
      if [[ "$home" == "${JAVA_HOME:-}" ]]; then echo "$home"; return; fi
      if (( v > best_version )); then best="$home"; best_version=$v; fi
    fi
  done
  if [[ -z "$best" ]]; then
    echo "Keycloak needs a JDK 21 or newer: set JAVA_HOME or install one (e.g. apt-get install openjdk-21-jdk-headless)" >&2
    exit 2
  fi
  echo "$best"
}

download
if [[ "${1:-}" == "--download-only" ]]; then
  echo "$KC_HOME"
  exit 0
fi

export JAVA_HOME="$(find_jdk)"
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
export KRIMFLOW_CLIENT_SECRET="${KRIMFLOW_CLIENT_SECRET:-krimflow-dev-secret}"
export KRIMFLOW_BASE_URL="${KRIMFLOW_BASE_URL:-http://localhost:8087}"
# A small heap: the machine is shared with the application and its builds.
export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms128m -Xmx768m}"

mkdir -p "$KC_HOME/data/import"
cp "$HERE/krimflow-realm.json" "$KC_HOME/data/import/krimflow-realm.json"

echo "Keycloak $KC_VERSION on http://localhost:${KC_PORT:-8180} (JDK: $JAVA_HOME)" >&2
exec "$KC_HOME/bin/kc.sh" start-dev \
  --http-port="${KC_PORT:-8180}" \
  --http-host="${KC_HOST:-127.0.0.1}" \
  --db="${KC_DB:-dev-file}" \
  --import-realm
