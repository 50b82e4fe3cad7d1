#!/usr/bin/env bash
# Measures kg import against kg build and LOAD CSV on one generated corpus of records.
#
#   bench/import/run.sh [-relations 1000000] [-per-doc 100] [-sample 0] [-corpus DIR]
#                       [-loaders import,build,csv] (also import-sample, build2)
#                       [-bolt 7743] [-http 7744] [-home .kg/neo4j-bench]
#
# Runs its own local Neo4j (scripts/neo4j-local) in -home on the given ports, and resets it
# before each loader. Output also goes to bench/out/import-bench.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mkdir -p bench/out
go run ./bench/import "$@" | tee bench/out/import-bench.txt
