#!/usr/bin/env bash
# Lints BPMN models with the rules of processes/.bpmnlintrc (bpmnlint:recommended and Camunda 7.24
# compatibility). Errors fail (exit 1); warnings are printed and pass.
#
#   bash tools/bpmnlint/lint.sh              every model in processes/ (what ./mvnw runs)
#   bash tools/bpmnlint/lint.sh some.bpmn    the given files, with the same rules
#
# bpmnlint comes from this folder's package-lock.json (npm ci); node and npm from Debian.
# Without node or npm: under CI=true the build fails, otherwise the lint is skipped with a warning.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
install_hint="install node and npm with 'apt-get install nodejs npm' (Debian), then run again"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "ERROR: bpmnlint needs node and npm, which are missing: $install_hint." >&2
    exit 1
  fi
  echo "WARNING: node or npm is missing, so the models in processes/ were NOT linted: $install_hint." >&2
  exit 0
fi

# npm ci only when the lockfile changed since the last install (it works from npm's cache when it can).
if [ ! -f "$here/node_modules/.package-lock.json" ] \
  || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
fi

files=()
if [ "$#" -eq 0 ]; then
  files=("$root"/processes/*.bpmn)
else
  for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
fi

# bpmnlint resolves its plug-ins from the working directory; NODE_PATH points it at this folder's.
cd "$root/processes"
echo "bpmnlint: ${#files[@]} model(s) with processes/.bpmnlintrc"
status=0
NODE_PATH="$here/node_modules" node "$here/node_modules/bpmnlint/bin/bpmnlint.js" \
  --config "$root/processes/.bpmnlintrc" "${files[@]}" || status=$?
if [ "$status" -ne 0 ]; then
  echo "bpmnlint: the models above have errors; fix them (README.md, 'Modellerna lintas')." >&2
  exit "$status"
fi
echo "bpmnlint: no errors"
