#!/usr/bin/env bash
# W1 intake benchmark (shared/bench/intake-workload.md).
#   bench/w1.sh --mode=inprocess --db=pg --threads=8 --seconds=30 --warmup=10
#   bench/w1.sh --mode=http --db=pg --threads=32
# PostgreSQL runs use a fresh database casework_bench on 127.0.0.1:5432. Prints a table, then a RESULT line.
# The memory check of issue 3: BENCH_HEAP="-Xms512m -Xmx512m" bench/w1.sh --mode=http --seconds=600 --heap-every=60
# prints the heap in use after a full GC every 60 s.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_build
exec "$(bench_java)" ${BENCH_HEAP:--Xms1g -Xmx1g} -XX:+UseG1GC -cp "$BENCH_CP" org.casework.bench.IntakeBenchmark "$@"
