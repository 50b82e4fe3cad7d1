package extractbench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kg-analytics/kg/extract"
)

// corpusDir returns a generated corpus of about mb megabytes, generating it on first use
// under bench/out (git-ignored). A marker file records a finished generation, so an
// interrupted one is redone rather than measured half-written.
func corpusDir(b *testing.B, mb float64) string {
	b.Helper()
	dir := filepath.Join("..", "out", fmt.Sprintf("extract-corpus-%gMB", mb))
	marker := filepath.Join(dir, ".complete")
	if _, err := os.Stat(marker); err == nil {
		return dir
	}
	if err := os.RemoveAll(dir); err != nil {
		b.Fatal(err)
	}
	n, err := Generate(dir, int64(mb*1e6), 2024)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(marker, []byte(strconv.FormatInt(n, 10)), 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// peakHeap samples the live heap every few milliseconds until stop is closed and returns the
// highest value seen. runtime/metrics reads do not stop the world, unlike ReadMemStats.
func peakHeap(stop <-chan struct{}) func() uint64 {
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	go func() {
		defer close(done)
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		<-done
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// cpuSeconds is the user and system CPU time of the process so far. On a shared machine
// wall-clock MB/s understates the pipeline; MB per CPU second does not.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// childCPUSeconds is the CPU time of finished child processes (pdftotext).
func childCPUSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func maxRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}

// BenchmarkExtract reads, extracts and writes as jsonl (to io.Discard) corpora of 12.5, 25 and
// 50 MB. Workers come from KG_BENCH_WORKERS (default 1, so MB/s is per core). Reported:
// MB/s, MB/s per worker, MB per CPU second (all threads, GC included), the peak live heap and the process's peak RSS (which only grows
// within a process: run.sh runs each size in its own process).
func BenchmarkExtract(b *testing.B) {
	workers := 1
	if s := os.Getenv("KG_BENCH_WORKERS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("KG_BENCH_WORKERS=%q: want a positive number", s)
		}
		workers = n
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, mb := range []float64{12.5, 25, 50} {
		b.Run(fmt.Sprintf("MB=%g", mb), func(b *testing.B) {
			inputs, err := extract.CollectInputs([]string{corpusDir(b, mb)}, "")
			if err != nil {
				b.Fatal(err)
			}
			var bytes int64
			var entities, relations int
			stop := make(chan struct{})
			peak := peakHeap(stop)
			b.ResetTimer()
			start, cpuStart := time.Now(), cpuSeconds()
			for b.Loop() {
				w, _ := extract.NewWriter(io.Discard, extract.FormatJSONL, extract.OutputOptions{})
				sum, err := extract.Run(context.Background(), x, inputs, extract.RunOptions{Workers: workers}, func(r extract.Result) error {
					if r.Err != nil {
						return r.Err
					}
					return w.Write(r.Doc)
				})
				if err != nil {
					b.Fatal(err)
				}
				w.Close()
				bytes, entities, relations = sum.Bytes, sum.Entities, sum.Relations
			}
			elapsed, cpu := time.Since(start), cpuSeconds()-cpuStart
			b.StopTimer()
			close(stop)
			b.SetBytes(bytes)
			mbps := float64(bytes) * float64(b.N) / 1e6 / elapsed.Seconds()
			b.ReportMetric(mbps, "MB/s")
			b.ReportMetric(mbps/float64(workers), "MB/s/worker")
			b.ReportMetric(float64(bytes)*float64(b.N)/1e6/cpu, "MB/cpu-s")
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MiB")
			b.ReportMetric(maxRSS(), "maxrss-MiB")
			b.ReportMetric(float64(entities), "entities")
			b.ReportMetric(float64(relations), "relations")
		})
	}
}

// BenchmarkFormats reads, converts and extracts the same articles (about 2 MB of text) as
// .txt, as HTML pages (readability) and as two-column PDFs (pdftotext). Reported: MB/s of
// extracted text, so the three compare the same work, the same per CPU-second (pdftotext's
// included), and MB/s of the files read.
func BenchmarkFormats(b *testing.B) {
	dir := filepath.Join("..", "out", "extract-formats-2MB")
	marker := filepath.Join(dir, ".complete")
	if _, err := os.Stat(marker); err != nil {
		if err := os.RemoveAll(dir); err != nil {
			b.Fatal(err)
		}
		if _, err := GenerateFormats(dir, 2e6, 2024); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(marker, nil, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"txt", "html", "pdf"} {
		b.Run("format="+format, func(b *testing.B) {
			inputs, err := extract.CollectInputs([]string{filepath.Join(dir, format)}, "")
			if err != nil {
				b.Fatal(err)
			}
			var fileBytes int64
			for _, in := range inputs {
				info, err := os.Stat(in.Meta.Path)
				if err != nil {
					b.Fatal(err)
				}
				fileBytes += info.Size()
			}
			var text int64
			var relations int
			start, cpuStart := time.Now(), cpuSeconds()+childCPUSeconds()
			for b.Loop() {
				sum, err := extract.Run(context.Background(), x, inputs, extract.RunOptions{Workers: 1}, func(r extract.Result) error { return r.Err })
				if err != nil {
					b.Fatal(err)
				}
				text, relations = sum.Bytes, sum.Relations
			}
			secs := time.Since(start).Seconds() / float64(b.N)
			cpu := (cpuSeconds() + childCPUSeconds() - cpuStart) / float64(b.N)
			b.ReportMetric(float64(text)/1e6/cpu, "text-MB/cpu-s")
			b.ReportMetric(float64(text)/1e6/secs, "text-MB/s")
			b.ReportMetric(float64(fileBytes)/1e6/secs, "file-MB/s")
			b.ReportMetric(float64(relations), "relations")
		})
	}
}
