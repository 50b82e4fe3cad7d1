// Command soak reads reports while kg rebuilds the graph, and counts what readers saw go
// wrong: errors, and rows that differ from the settled graph's. See run.sh.
//
// It builds a corpus with the kg binary, records every report's rows (default parameters) on
// the settled graph, then runs -loops report loops beside back-to-back `kg build --force`
// runs of the same corpus for -duration, and prints runs, errors, differing results and the
// latency p50/p95 of the report runs. It talks to a loopback server only.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"

	"slices"
	"sync"
	"time"

	"github.com/kg-analytics/kg/bench/internal/loopback"
	"github.com/kg-analytics/kg/cypher"
	"github.com/kg-analytics/kg/report"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}

type job struct {
	report cypher.Report
	params map[string]any
}

func run() error {
	kg := flag.String("kg", "bench/out/kg", "the kg binary")
	corpus := flag.String("corpus", "", "documents to build (required)")
	duration := flag.Duration("duration", 60*time.Second, "how long readers and rebuilds run side by side (at most 10m)")
	loops := flag.Int("loops", 16, "concurrent report loops (1-64)")
	flag.Parse()
	if *corpus == "" {
		return errors.New("-corpus DIR is required")
	}
	if *duration <= 0 || *duration > 10*time.Minute || *loops < 1 || *loops > 64 {
		return errors.New("-duration must be in (0, 10m] and -loops in [1, 64]: the soak is bounded")
	}
	ctx := context.Background()
	c, err := loopback.Open(ctx)
	if err != nil {
		return err
	}
	defer c.Close(ctx)

	build := func(ctx context.Context, force bool) error {
		args := []string{"build", "--no-progress", "--json"}
		if force {
			args = append(args, "--force")
		}
		cmd := exec.CommandContext(ctx, *kg, append(args, *corpus)...)
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil && ctx.Err() == nil {
			return fmt.Errorf("kg build: %w (%s)", err, out)
		}
		return nil
	}
	start := time.Now()
	if err := build(ctx, false); err != nil {
		return err
	}
	fmt.Printf("settled build: %.1fs\n", time.Since(start).Seconds())

	cat, err := cypher.Reports()
	if err != nil {
		return err
	}
	var jobs []job
	settled := map[string]string{}
	for _, r := range cat.All() {
		params, err := r.Bind(nil)
		if err != nil {
			return fmt.Errorf("report %s: %w", r.Name, err)
		}
		t, err := report.Run(ctx, c, r, params)
		if err != nil {
			return fmt.Errorf("report %s on the settled graph: %w", r.Name, err)
		}
		jobs = append(jobs, job{r, params})
		settled[r.Name] = render(t)
	}

	sctx, stop := context.WithTimeout(ctx, *duration)
	defer stop()
	builds := 0
	buildErr := make(chan error, 1)
	go func() {
		defer close(buildErr)
		for sctx.Err() == nil {
			if err := build(sctx, true); err != nil {
				buildErr <- err
				return
			}
			if sctx.Err() == nil {
				builds++
			}
		}
	}()
	type result struct {
		latencies      []time.Duration
		runs, errs     int
		differs        int
		firstDifferent string
	}
	results := make([]result, *loops)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func(res *result, offset int) {
			defer wg.Done()
			for n := offset; sctx.Err() == nil; n++ {
				j := jobs[n%len(jobs)]
				began := time.Now()
				t, err := report.Run(sctx, c, j.report, j.params)
				if sctx.Err() != nil {
					return // cut off by the end of the soak, not a failure
				}
				res.latencies = append(res.latencies, time.Since(began))
				res.runs++
				switch {
				case err != nil:
					res.errs++
					fmt.Fprintf(os.Stderr, "soak: %s: %v\n", j.report.Name, err)
				case render(t) != settled[j.report.Name]:
					res.differs++
					if res.firstDifferent == "" {
						res.firstDifferent = j.report.Name
					}
				}
			}
		}(&results[i], i)
	}
	wg.Wait()
	if err := <-buildErr; err != nil {
		return err
	}
	var all []time.Duration
	runs, errs, differs := 0, 0, 0
	var differing []string
	for _, r := range results {
		all = append(all, r.latencies...)
		runs += r.runs
		errs += r.errs
		differs += r.differs
		if r.firstDifferent != "" {
			differing = append(differing, r.firstDifferent)
		}
	}
	slices.Sort(all)
	fmt.Printf("soak: %d report loops beside kg build --force for %s: %d forced rebuilds, %d report runs, %d errors, %d results differing from the settled graph",
		*loops, *duration, builds, runs, errs, differs)
	if len(all) > 0 {
		fmt.Printf(", latency p50 %s p95 %s", pct(all, 50), pct(all, 95))
	}
	fmt.Println()
	if len(differing) > 0 {
		fmt.Printf("differing reports (first per loop): %v\n", differing)
	}
	if errs > 0 || differs > 0 || runs == 0 {
		return fmt.Errorf("%d errors, %d differing results in %d runs", errs, differs, runs)
	}
	return nil
}

func render(t report.Table) string {
	b, err := json.Marshal(t)
	if err != nil {
		return fmt.Sprintf("unencodable: %v", err)
	}
	return string(b)
}

func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	return sorted[max(i-1, 0)].Round(100 * time.Microsecond)
}
