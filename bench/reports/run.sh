#!/usr/bin/env bash
# Benchmarks every report on a generated graph (100k entities, >1M relationships) on the
# integration test server and prints median and p95 latency per report.
#   bench/reports/run.sh                 # 20 timed runs per report
#   KG_BENCH_RUNS=50 bench/reports/run.sh
#   KG_BENCH_SCALE=0.01 bench/reports/run.sh   # a quick try on a tiny graph
#   KG_BENCH_KEEP=1 bench/reports/run.sh       # keep the graph; the next run of that size reuses it
#   KG_BENCH_PROFILE=1 bench/reports/run.sh    # log each report's profiled plan and db hits
#   KG_BENCH_BASELINE=DIR bench/reports/run.sh # also time DIR's reports (an older cypher/), same graph
# Uses NEO4J_URI (else starts scripts/neo4j-local like scripts/test). The server's database
# is wiped before and after (unless KG_BENCH_KEEP=1): the test harness refuses one holding
# data it did not create.
# Output is also saved under bench/out/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
if [[ -z ${NEO4J_URI:-} ]]; then
  scripts/neo4j-local start
  export NEO4J_URI="bolt://127.0.0.1:${KG_NEO4J_BOLT_PORT:-7687}"
fi
mkdir -p bench/out
out=bench/out/reports-$(date -u +%Y%m%dT%H%M%SZ).txt
go test ./bench/reports -run '^$' -bench . -benchtime "${KG_BENCH_RUNS:-20}x" -timeout 60m -count 1 -v | tee "$out"
echo "saved $out"
