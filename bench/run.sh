#!/usr/bin/env bash
# The benchmark runner (issue 9): bench/run.sh [quick|full]
#   quick: a few minutes (S2 at 2k and 10k open tasks, 3 rounds, S3 once per profile)
#   full:  about 20 minutes on 2 cores (S2 at 10k and 100k open tasks, 5 rounds, S3 three times)
# Builds the jar (tests skipped), then runs se.krimflow.bench.BenchRunner from the test classpath on
# its own embedded PostgreSQL. Prints the table and writes bench/results/<date>-<mode>.md.
# Not part of ./mvnw verify (the runner is neither a *Test nor an *IT).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-quick}"
mkdir -p bench/work bench/results
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -o -q package -DskipTests
  ./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/test-cp.txt
fi
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat bench/work/test-cp.txt)" \
  se.krimflow.bench.BenchRunner "$mode"
