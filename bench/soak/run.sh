#!/usr/bin/env bash
# Soak: 16 report loops read the graph while `kg build --force` rebuilds it, for 60 s; counts
# errors and results that differ from the settled graph, and prints latency p50/p95.
#
#   bench/soak/run.sh [-duration 60s] [-loops 16]
#
# Bounded and local: it runs its own server from .kg/neo4j/soak (Bolt KG_SOAK_BOLT_PORT, default
# 7691; HTTP KG_SOAK_HTTP_PORT, default 7478), wiped at the start and stopped at the end, and a
# generated corpus of about KG_SOAK_CORPUS_BYTES (default 1 MB, about 45 documents; the
# settled build of 4 MB, 177 documents, took about 25 minutes on the loaded 2-core machine) in
# bench/out/soak-corpus. Output also goes to bench/out/soak.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
export KG_NEO4J_HOME=$ROOT/.kg/neo4j/soak
export KG_NEO4J_BOLT_PORT=${KG_SOAK_BOLT_PORT:-7691}
export KG_NEO4J_HTTP_PORT=${KG_SOAK_HTTP_PORT:-7478}
unset NEO4J_PASSWORD NEO4J_USERNAME NEO4J_DATABASE
scripts/neo4j-local stop >/dev/null
scripts/neo4j-local reset >/dev/null
scripts/neo4j-local start
trap 'scripts/neo4j-local stop >/dev/null' EXIT
export NEO4J_URI=bolt://127.0.0.1:$KG_NEO4J_BOLT_PORT
mkdir -p bench/out
go build -o bench/out/kg ./cmd/kg
rm -rf bench/out/soak-corpus
go run ./bench/soak/gen -dir bench/out/soak-corpus -bytes "${KG_SOAK_CORPUS_BYTES:-1000000}"
go run ./bench/soak -kg bench/out/kg -corpus bench/out/soak-corpus "$@" | tee bench/out/soak.txt
