#!/usr/bin/env bash
# W2 queues and search at scale (shared/bench/intake-workload.md): loads 1,000,000 closed and 200,000 open cases into
# a fresh PostgreSQL database casework_w2, then times each workspace query, 1,000 calls with varied arguments.
#   bench/w2.sh                          # load and time
#   bench/w2.sh --load=false             # time again on the existing load
#   bench/w2.sh --closed=100000 --open=20000 --calls=200    # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_build
exec "$(bench_java)" -Xms1g -Xmx1g -cp "$BENCH_CP" org.casework.bench.QueueScaleBenchmark "$@"
