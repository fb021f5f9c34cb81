#!/usr/bin/env bash
# W1 on Casework and on Flowable 8 (the peer harness in shared/bench/flowable), alternating on the same PostgreSQL,
# then the ratio of the medians: the only honest comparison on a shared, noisy machine.
#   bench/compare-flowable.sh                  # 3 rounds, 8 threads, 30 s of Casework per round
#   RUNS=5 SECONDS_PER_RUN=60 bench/compare-flowable.sh
#   CASEWORK_WARMUP=30 FLOWABLE_WARMUP=2000 bench/compare-flowable.sh   # both nearer steady state (JIT settled)
# Environment: FLOWABLE_HARNESS (default ../shared/bench/flowable), RUNS, THREADS, SECONDS_PER_RUN, FLOWABLE_N
# (cases per Flowable run; ~50/s on 2 cores, so the default 1500 takes about as long as a Casework run),
# CASEWORK_WARMUP (seconds, default 10) and FLOWABLE_WARMUP (cases, default 500): on two cores both JITs are still
# compiling for a while after the defaults, so longer warm-ups give figures nearer each engine's steady state.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

HARNESS=${FLOWABLE_HARNESS:-../shared/bench/flowable}
RUNS=${RUNS:-3}
THREADS=${THREADS:-8}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
FLOWABLE_N=${FLOWABLE_N:-1500}
CASEWORK_WARMUP=${CASEWORK_WARMUP:-10}
FLOWABLE_WARMUP=${FLOWABLE_WARMUP:-500}
OUT=target/compare-flowable-$(date -u +%Y%m%dT%H%M%SZ).txt

[ -f "$HARNESS/pom.xml" ] || { echo "No Flowable harness at $HARNESS (set FLOWABLE_HARNESS)" >&2; exit 1; }
rm -rf target/flowable-harness && mkdir -p target && cp -r "$HARNESS" target/flowable-harness
rm -rf target/flowable-harness/target
./mvnw -q -B -f target/flowable-harness/pom.xml package -DskipTests
bench_build
JAVA=$(bench_java)
psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = 'flowbench'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database flowbench"

for i in $(seq 1 "$RUNS"); do
    echo "=== round $i of $RUNS: Flowable"
    (cd target/flowable-harness && PGPASSWORD=postgres "$JAVA" -Xms1g -Xmx1g -jar target/flowable-bench-0.1.0.jar \
        --db=pg --instances="$FLOWABLE_N" --warmup="$FLOWABLE_WARMUP" --threads="$THREADS" --label=flowable-pg \
        --out=../flowable-runs.jsonl) | grep '^RESULT' | sed 's/^RESULT /FLOWABLE /' | tee -a "$OUT"
    echo "=== round $i of $RUNS: Casework"
    "$JAVA" -Xms1g -Xmx1g -cp "$BENCH_CP" org.casework.bench.IntakeBenchmark --mode=inprocess --db=pg \
        --threads="$THREADS" --seconds="$SECONDS_PER_RUN" --warmup="$CASEWORK_WARMUP" | grep '^RESULT' | sed 's/^RESULT /CASEWORK /' \
        | tee -a "$OUT"
done

python3 - "$OUT" <<'PY'
import json, statistics, sys
flowable, casework = [], []
for line in open(sys.argv[1]):
    kind, rest = line.split(' ', 1)
    if kind == 'FLOWABLE':
        flowable.append(json.loads(rest))
    elif kind == 'CASEWORK':
        casework.append(dict(p.split('=', 1) for p in rest.split()))
def med(xs): return statistics.median(xs)
f_rate = med([r['instances_per_s'] for r in flowable])
c_rate = med([float(r['cases_per_s']) for r in casework])
f_bytes = med([r['db_bytes_per_10k'] for r in flowable])
c_bytes = med([float(r['db_bytes_per_10k']) for r in casework])
f_cpu = med([r['jvm_cpu_ms_per_case'] + r.get('pg_cpu_ms_per_case', 0) for r in flowable])
c_cpu = med([float(r['jvm_cpu_ms_per_case']) + float(r['pg_cpu_ms_per_case']) for r in casework])
print()
print(f"{'W1, PostgreSQL, medians':32} {'Flowable 8':>12} {'Casework':>12} {'ratio':>8}")
print(f"{'cases completed per second':32} {f_rate:12.1f} {c_rate:12.1f} {c_rate / f_rate:7.1f}x")
print(f"{'CPU ms per case (JVM + PG)':32} {f_cpu:12.2f} {c_cpu:12.2f} {f_cpu / c_cpu:7.1f}x less")
print(f"{'MB per 10,000 completed cases':32} {f_bytes / 1e6:12.1f} {c_bytes / 1e6:12.1f} {f_bytes / c_bytes:7.1f}x less")
print(f"RESULT bench=compare-flowable runs={len(casework)} flowable_cases_per_s={f_rate:.1f} "
      f"casework_cases_per_s={c_rate:.1f} throughput_ratio={c_rate / f_rate:.2f} "
      f"storage_ratio={f_bytes / c_bytes:.2f} cpu_ratio={f_cpu / c_cpu:.2f}")
PY
