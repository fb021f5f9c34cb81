#!/usr/bin/env bash
# W3 gazetteer import (shared/bench/intake-workload.md): writes a 1,000,000-row AddressBase-layout CSV, imports it
# into a fresh PostgreSQL database casework_w3, then times 1,000 lookups by UPRN and 1,000 by postcode.
#   bench/w3.sh                                  # the full run
#   bench/w3.sh --rows=100000 --calls=200        # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_build
exec "$(bench_java)" -Xmx1g -cp "$BENCH_CP" org.casework.bench.GazetteerBenchmark "$@"
