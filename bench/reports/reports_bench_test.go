// Package reports benchmarks every kg report on a generated graph of 100k entities and over
// 1M relationships (generate.cypher), built server-side on the integration test server.
//
//	bench/reports/run.sh        # or: go test ./bench/reports -run '^$' -bench . -benchtime 20x
//
// The test server is wiped before and after (graphtest refuses a database it does not own),
// so never point NEO4J_URI at a graph you want to keep.
package reports

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-analytics/kg/cypher"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
	"github.com/kg-analytics/kg/report"
)

//go:embed generate.cypher
var generateCypher string

// size is the generated graph; KG_BENCH_SCALE (default 1) multiplies it, e.g. 0.01 for a
// quick try of the harness.
type size struct{ entities, docs, sentences, rels, claims int }

func benchSize() (size, error) {
	scale := 1.0
	if s := os.Getenv("KG_BENCH_SCALE"); s != "" {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f <= 0 {
			return size{}, fmt.Errorf("KG_BENCH_SCALE=%q: want a positive number", s)
		}
		scale = f
	}
	n := func(x int) int { return max(14, int(float64(x)*scale)) }
	return size{entities: n(100_000), docs: n(2_000), sentences: n(100_000), rels: n(1_000_000), claims: n(100_000)}, nil
}

// wholeGraphDBHits is the most db hits a whole-graph report may cost with its default
// parameters; see BenchmarkReports.
const wholeGraphDBHits = 20_000

// params are the benchmark's parameters per report: a busy entity (about 330 relations and
// 30 claims at full size) and, for paths, two entities a few hops apart.
var params = map[string]map[string]string{
	"entity-profile": {"entity": "Bench State 24"},
	"transfers":      {"entity": "Bench State 24"},
	"visits":         {"entity": "Bench State 24"},
	"timeline":       {"entity": "Bench State 24"},
	"officials":      {"entity": "Bench State 24"},
	"co-mentioned":   {"entity": "Bench State 24"},
	"evidence":       {"entity": "Bench State 24"},
	"entity-summary": {"entity": "Bench State 24"},
	"paths":          {"from": "Bench Person 1", "to": "Bench State 600", "k": "4"},
}

func BenchmarkReports(b *testing.B) {
	sz, err := benchSize()
	if err != nil {
		b.Fatal(err)
	}
	// KG_BENCH_KEEP=1 keeps the generated graph on the server after the run and reuses it
	// when the next run asks for the same size, so that a change to the reports or to the
	// stored statistics is measured in minutes instead of regenerating 1.7M relationships.
	keep := os.Getenv("KG_BENCH_KEEP") == "1"
	var srv graphtest.Server
	if keep {
		srv = graphtest.AcquireKept(b)
	} else {
		srv = graphtest.Acquire(b) // wipes the test server
	}
	ctx := context.Background()
	if !keep {
		b.Cleanup(func() {
			// Leave the test server empty again: 2M relationships would slow every later test.
			if err := graphtest.Wipe(context.Background(), srv); err != nil {
				b.Errorf("wiping after the benchmark: %v", err)
			}
		})
	}
	client, err := graph.Open(ctx, srv.Config())
	if err != nil {
		b.Fatal(err)
	}
	defer client.Close(ctx)
	if _, err := client.ApplySchema(ctx); err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	reuse := false
	if keep {
		if reuse, err = keptGraph(ctx, client, sz); err != nil {
			b.Fatal(err)
		}
	}
	if reuse {
		b.Logf("reusing the kept graph (KG_BENCH_KEEP=1)")
	} else {
		if keep {
			if err := graphtest.Wipe(ctx, srv); err != nil {
				b.Fatal(err)
			}
		}
		if err := generate(ctx, srv, sz); err != nil {
			b.Fatal(err)
		}
		if keep {
			if _, err := report.Query(ctx, client, `CREATE (:BenchGraph {size: $size})`,
				map[string]any{"size": fmt.Sprint(sz)}, true); err != nil {
				b.Fatal(err)
			}
		}
	}
	// The entities' ranking properties come from the statement kg build runs after each
	// write, run over the whole graph as after a bulk load.
	t1 := time.Now()
	if err := client.RefreshEntityStats(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("entity statistics refreshed in %s", time.Since(t1).Round(time.Second))
	// The generator writes relationship aggregates itself; the derived flags must be the
	// ones graph.aggregate sets, or the benchmark would measure a graph kg never writes.
	bad, err := report.Query(ctx, client, `MATCH (:Entity)-[r]->(:Entity)
WHERE (r.asserted > 0 AND r.denied > 0) <> coalesce(r.contested, false)
   OR (r.first_date IS NULL) <> coalesce(r.undated, false)
RETURN count(r) AS bad`, nil, false)
	if err != nil {
		b.Fatal(err)
	}
	if n := bad.Rows[0][0]; n != int64(0) {
		b.Fatalf("%v generated relationships have contested or undated unlike graph.aggregate", n)
	}
	counts, err := report.Query(ctx, client, `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS typed }
RETURN entities, relationships, typed`, nil, false)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("generated in %s: entities=%v relationships=%v (typed between entities: %v)",
		time.Since(t0).Round(time.Second), counts.Rows[0][0], counts.Rows[0][1], counts.Rows[0][2])

	cat, err := cypher.Reports()
	if err != nil {
		b.Fatal(err)
	}
	type run struct {
		name string
		r    cypher.Report
	}
	var runs []run
	for _, r := range cat.All() {
		runs = append(runs, run{r.Name, r})
	}
	// KG_BENCH_BASELINE=DIR also times the reports in DIR (e.g. the previous version's
	// cypher/ folder) on the same graph, each after its current counterpart, so that before
	// and after are measured side by side in one run.
	if dir := os.Getenv("KG_BENCH_BASELINE"); dir != "" {
		base, err := cypher.Load(os.DirFS(dir))
		if err != nil {
			b.Fatal(err)
		}
		var both []run
		for _, r := range runs {
			both = append(both, r)
			if old, err := base.Get(r.name); err == nil {
				both = append(both, run{r.name + "@baseline", old})
			}
		}
		runs = both
	}
	var summary []string
	results := map[string]report.Table{}
	for _, x := range runs {
		r := x.r
		values, err := r.Bind(params[r.Name])
		if err != nil {
			b.Fatal(err)
		}
		// The seed-graph test checks plans on a tiny graph; check them here too, where the
		// planner's statistics are those of a large one.
		ops, err := client.Explain(ctx, r.Query, values)
		if err != nil {
			b.Fatal(err)
		}
		if !strings.HasSuffix(x.name, "@baseline") {
			for _, msg := range graph.PlanScans(ops, r.WholeGraph()) {
				b.Errorf("%s: plan on the large graph %s", r.Name, msg)
			}
		}
		// A whole-graph report's work must not grow with the graph: its db hits (the server's
		// work, which a shared machine's load does not change) stay within a budget that a
		// scan of one label or type of this graph (16,000 entities of a type, 71,000
		// relationships of a type) exceeds. KG_BENCH_PROFILE=1 logs every report's profile.
		current := !strings.HasSuffix(x.name, "@baseline")
		if os.Getenv("KG_BENCH_PROFILE") == "1" || (current && r.WholeGraph()) {
			text, hits, err := client.Profile(ctx, r.Query, values)
			if err != nil {
				b.Fatal(err)
			}
			if os.Getenv("KG_BENCH_PROFILE") == "1" {
				b.Logf("%s: %d db hits\n%s", x.name, hits, text)
			}
			summary = append(summary, fmt.Sprintf("%-29s db hits=%d", x.name, hits))
			if current && r.WholeGraph() && hits > wholeGraphDBHits {
				b.Errorf("%s: %d db hits on the large graph, over the budget of %d for a whole-graph report:\n%s",
					x.name, hits, wholeGraphDBHits, text)
			}
		}
		b.Run(x.name, func(b *testing.B) {
			// One untimed run warms the plan cache and the page cache.
			warm, err := report.Run(ctx, client, r, values)
			if err != nil && strings.HasSuffix(x.name, "@baseline") {
				// A previous version may fail on this graph; say so and go on.
				b.Logf("%s fails: %v", x.name, err)
				summary = append(summary, fmt.Sprintf("%-29s fails: %v", x.name, err))
				b.SkipNow()
			}
			if err != nil {
				b.Fatal(err)
			}
			// A baseline answers the same question: its rows must be the current version's.
			if cur, ok := strings.CutSuffix(x.name, "@baseline"); ok {
				if want, seen := results[cur]; seen && !reflect.DeepEqual(warm, want) {
					b.Errorf("%s: rows differ from the current version's on this graph:\n%v\nvs\n%v", x.name, warm.Rows, want.Rows)
				}
			} else {
				results[x.name] = warm
			}
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := report.Run(ctx, client, r, values); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			p50, p95 := percentile(lat, 50), percentile(lat, 95)
			b.ReportMetric(ms(p50), "p50-ms")
			b.ReportMetric(ms(p95), "p95-ms")
			b.ReportMetric(float64(len(warm.Rows)), "rows")
			if b.N > 1 {
				summary = append(summary, fmt.Sprintf("%-29s runs=%-3d median=%8.1f ms  p95=%8.1f ms  rows=%d",
					x.name, b.N, ms(p50), ms(p95), len(warm.Rows)))
			}
		})
	}
	b.Logf("report latencies on %v entities / %v relationships:\n%s", counts.Rows[0][0], counts.Rows[0][1],
		strings.Join(summary, "\n"))
}

// keptGraph reports whether the server holds a complete generated graph of size sz from an
// earlier KG_BENCH_KEEP run (its BenchGraph node is written only after generation ends).
func keptGraph(ctx context.Context, client *graph.Client, sz size) (bool, error) {
	res, err := report.Query(ctx, client, `MATCH (g:BenchGraph) RETURN g.size AS size`, nil, false)
	if err != nil {
		return false, err
	}
	return len(res.Rows) == 1 && res.Rows[0][0] == fmt.Sprint(sz), nil
}

// generate runs generate.cypher statement by statement in auto-commit transactions.
func generate(ctx context.Context, srv graphtest.Server, sz size) error {
	d, err := neo4j.NewDriverWithContext(srv.URI, neo4j.BasicAuth(srv.Username, srv.Password, ""))
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: srv.Database})
	defer s.Close(ctx)
	p := map[string]any{"entities": sz.entities, "docs": sz.docs, "sentences": sz.sentences, "rels": sz.rels, "claims": sz.claims}
	for i, stmt := range statements(generateCypher) {
		res, err := s.Run(ctx, stmt, p)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("generate.cypher statement %d: %w", i+1, err)
		}
	}
	return nil
}

// statements splits a file of statements that each end with ";" at the end of a line,
// dropping comment lines.
func statements(src string) []string {
	var out []string
	var cur []string
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		cur = append(cur, line)
		if strings.HasSuffix(strings.TrimSpace(line), ";") {
			stmt := strings.TrimSuffix(strings.TrimSpace(strings.Join(cur, "\n")), ";")
			if stmt != "" {
				out = append(out, stmt)
			}
			cur = nil
		}
	}
	return out
}

func percentile(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	// Nearest-rank: the smallest value with at least p% of the samples at or below it.
	i := (p*len(s) + 99) / 100
	return s[max(0, i-1)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
