#!/bin/sh
# Extraction throughput and memory over generated corpora of 12.5, 25 and 50 MB, then the
# throughput of the same articles read as .txt, .html and .pdf.
#
#   bench/extract/run.sh              # 1 worker: MB/s per core
#   KG_BENCH_WORKERS=2 bench/extract/run.sh
#   PROFILE=1 bench/extract/run.sh    # also a CPU and heap profile of the 50 MB run
#
# Each size runs in its own process so that the peak RSS of one does not hide another's.
# Corpora are generated once into bench/out/ (git-ignored) and reused.
set -eu
cd "$(dirname "$0")/../.."
out=bench/out
mkdir -p "$out"
# kg sets GOGC=400 for itself (cmd/kg/main.go); the benchmark runs with the same setting, and
# once more at Go's default of 100 for comparison.
export GOGC="${GOGC:-400}"
echo "GOGC=$GOGC (kg's own setting unless GOGC is set)"
for size in 12.5 25 50; do
	extra=""
	if [ "${PROFILE:-}" = 1 ] && [ "$size" = 50 ]; then
		extra="-cpuprofile $out/extract-cpu.pprof -memprofile $out/extract-mem.pprof -o $out/extractbench.test"
	fi
	# shellcheck disable=SC2086
	go test -run '^$' -bench "BenchmarkExtract/MB=${size}\$" -benchtime 1x -count 1 $extra ./bench/extract |
		grep -E '^Benchmark' || { echo "benchmark for ${size} MB failed" >&2; exit 1; }
done
echo "GOGC=100 (Go's default), for comparison"
GOGC=100 go test -run '^$' -bench 'BenchmarkExtract/MB=50$' -benchtime 1x -count 1 ./bench/extract | grep -E '^Benchmark'
echo "formats: the same 2 MB of articles as .txt, .html (readability) and .pdf (pdftotext), 1 worker"
go test -run '^$' -bench 'BenchmarkFormats' -benchtime 1x -count 1 ./bench/extract | grep -E '^Benchmark'
if [ "${PROFILE:-}" = 1 ]; then
	echo "profiles: go tool pprof -top $out/extractbench.test $out/extract-cpu.pprof"
fi
