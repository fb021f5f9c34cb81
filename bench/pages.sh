#!/usr/bin/env bash
# Staff page timings on the demo council (issue 4: every page under 100 ms on the demo data).
#   bench/pages.sh                 # H2 in memory, the embedded default
#   bench/pages.sh --db=pg         # a fresh PostgreSQL database casework_bench
#   bench/pages.sh --calls=500 --warmup=100
# Prints a table of p50/p95/max per page, then a RESULT line.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_build
exec "$(bench_java)" -Xms512m -Xmx512m -cp "$BENCH_CP" org.casework.bench.PageTimings "$@"
