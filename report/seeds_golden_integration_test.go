package report_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/kg-analytics/kg/cypher"
	"github.com/kg-analytics/kg/report"
)

// updating reports whether -update (declared in format_test.go) was given: it also rewrites
// testdata/seeds/*.golden from the current reports.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// seedCases are the report runs whose whole output on the seed graph is kept as a golden
// file: every report with its defaults, and the whole-graph reports with their filters and
// limits. A change to a report's query that changes what it returns on the seeds shows up
// here as a diff to review (and to record with -update only when the change is meant).
var seedCases = []struct {
	file   string
	report string
	params map[string]string
}{
	{"most-connected-person", "most-connected", map[string]string{"type": "Person"}},
	{"most-connected-limit3", "most-connected", map[string]string{"limit": "3"}},
	{"most-connected-weapon", "most-connected", map[string]string{"type": "Weapon", "limit": "2"}},
	{"contested-limit1", "contested", map[string]string{"limit": "1"}},
	{"vetoes-sanctions-since", "vetoes-sanctions", map[string]string{"since": "2024-04"}},
	{"vetoes-sanctions-until", "vetoes-sanctions", map[string]string{"until": "2024-03"}},
	{"vetoes-sanctions-limit1", "vetoes-sanctions", map[string]string{"limit": "1", "evidence": "1"}},
	{"suspected-duplicates-state", "suspected-duplicates", map[string]string{"type": "State"}},
}

func TestSeedReportsGolden(t *testing.T) {
	client, _, _ := seedGraph(t)
	cat, err := cypher.Reports()
	if err != nil {
		t.Fatal(err)
	}
	type run struct {
		file, report string
		params       map[string]string
	}
	var runs []run
	for _, r := range cat.All() {
		runs = append(runs, run{r.Name, r.Name, nil})
	}
	for _, c := range seedCases {
		runs = append(runs, run{c.file, c.report, c.params})
	}
	for _, c := range runs {
		t.Run(c.file, func(t *testing.T) {
			r, err := cat.Get(c.report)
			if err != nil {
				t.Fatal(err)
			}
			values, err := r.Bind(c.params)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := report.Run(context.Background(), client, r, values)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := report.Write(&b, tab, "json", report.Options{}); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "seeds", c.file+".golden")
			if updating() {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (scripts/test ./report -run TestSeedReportsGolden -update writes it)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s on the seed graph differs from %s:\n%s", c.report, path, b.String())
			}
		})
	}
}
