#!/usr/bin/env bash
# Benchmarks kg's graph writer against a naive loader and LOAD CSV on one generated corpus.
#
#   bench/build/run.sh [-relations 100000] [-per-doc 100] [-naive 5000] [-runs 3] [-writers 1,2]
#
# Needs an EMPTY Neo4j 5.26 server (it wipes the database between runs and refuses one that
# holds other data): NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (default the local server of
# scripts/neo4j-local), and that server's import directory in KG_NEO4J_IMPORT_DIR (default
# .kg/neo4j/import, the local server's). Output also goes to bench/out/build-bench.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mkdir -p bench/out
go run ./bench/build "$@" | tee bench/out/build-bench.txt
