#!/usr/bin/env bash
# The benchmark runner (issue 9): bench/run.sh [full|quick|smoke|cases|inbox|plan|startup|readlog]
#   readlog: about 5 minutes, what the read log costs (ReadLogBench: on and off in alternating rounds)
#   full:  about 20 minutes on 2 cores (S1+S0 5 rounds, S2 at 10k and 100k open tasks, S3 twice)
#   quick: about 7 minutes (S1+S0 3 rounds, S2 at 2k and 10k, S3 once); the others: bench/README.md
# Builds the jar (tests skipped), then runs se.krimflow.bench.BenchRunner from the test classpath on
# its own embedded PostgreSQL. Prints the table and writes bench/results/<date>-<mode>.md.
# Not part of ./mvnw verify (the runner is neither a *Test nor an *IT).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-quick}"
mkdir -p bench/work bench/results
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -q package -DskipTests
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/test-cp.txt
fi
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat bench/work/test-cp.txt)" \
  se.krimflow.bench.BenchRunner "$mode"
