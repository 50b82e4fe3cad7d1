// Package pool writes a benchmark's documents the way kg build does (whole documents on
// graph's writer pool) and, when asked, adds up the time each statement took, so that the
// build and grow benchmarks report the same breakdown from one piece of code.
package pool

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
)

// Write sends docs through c.WriteDocuments with opts and returns the claims written, the
// time by statement (empty unless timed) and the first error the pool reported.
func Write(ctx context.Context, c *graph.Client, docs []extract.Document, opts graph.PoolOptions, timed bool) (int, string, error) {
	var mu sync.Mutex
	spent := map[string]time.Duration{}
	if timed {
		opts.Timer = func(name string, d time.Duration) {
			mu.Lock()
			defer mu.Unlock()
			spent[name] += d
		}
	}
	ch := make(chan extract.Document)
	go func() {
		defer close(ch)
		for _, d := range docs {
			select {
			case ch <- d:
			case <-ctx.Done():
				return
			}
		}
	}()
	claims := 0
	var first error
	c.WriteDocuments(ctx, ch, opts, func(r graph.WriteResult, err error) {
		if err != nil && first == nil {
			first = err
		}
		claims += r.Claims
	})
	return claims, breakdown(spent), first
}

// breakdown lists the statements by time spent, the costliest first ("name 1.20s, ...").
func breakdown(spent map[string]time.Duration) string {
	names := make([]string, 0, len(spent))
	for k := range spent {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return spent[names[i]] > spent[names[j]] })
	parts := make([]string, len(names))
	for i, k := range names {
		parts[i] = fmt.Sprintf("%s %.2fs", k, spent[k].Seconds())
	}
	return strings.Join(parts, ", ")
}
