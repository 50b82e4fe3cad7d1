package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
)

// WriteDocuments batches whole documents and runs several writers; whatever the batch size
// and writer count, the graph must be the one writing the documents one by one gives, and an
// invalid document must fail alone.
func TestWriteDocumentsMatchesOneByOne(t *testing.T) {
	docs := []extract.Document{docA(), docB()}
	for i := 0; i < 6; i++ {
		a, b := []extract.Entity{prk, rus, usa}[i%3], []extract.Entity{prk, rus, usa}[(i+1)%3]
		docs = append(docs, mkDoc(fmt.Sprintf("p%02d", i), fmt.Sprintf("sha-p%d", i),
			[]string{a.Name + " condemned " + b.Name + "."}, []extract.Entity{a, b},
			[]extract.Mention{m(a.ID, 0, a.Name), m(b.ID, 0, b.Name)},
			[]rel{{Type: "CONDEMNED", Src: a.ID, Dst: b.ID, Polarity: "asserted", Modality: "fact", Sentence: 0, Dates: []string{fmt.Sprintf("2022-%02d", i+1)}}}))
	}
	want := fresh(t, docs...)
	// b re-extracted (new rules, same text): a forced rebuild rewrites it alone.
	docs2 := append([]extract.Document{}, docs...)
	b2 := docB()
	b2.Relations[0].Modality = "hedged"
	docs2[1] = b2
	want2 := fresh(t, docs2...)
	bad := mkDoc("bad", "sha-bad", []string{"x"}, []extract.Entity{prk}, nil,
		[]rel{{Type: "CONDEMNED", Src: prk.ID, Dst: "state:NOPE", Polarity: "asserted", Modality: "fact", Sentence: 0}})
	for _, tc := range []struct{ writers, batch int }{{1, 1}, {1, 4}, {2, 3}, {3, 100}} {
		t.Run(fmt.Sprintf("writers=%d,batch=%d", tc.writers, tc.batch), func(t *testing.T) {
			c, _ := graphtest.Open(t)
			run := func(force bool, in []extract.Document) map[string]graph.Outcome {
				ch := make(chan extract.Document)
				go func() {
					defer close(ch)
					for _, d := range in {
						ch <- d
					}
				}()
				got := map[string]graph.Outcome{}
				c.WriteDocuments(context.Background(), ch, graph.PoolOptions{Writers: tc.writers, BatchClaims: tc.batch, Force: force},
					func(r graph.WriteResult, err error) {
						if err != nil {
							got[r.ID] = "error"
							return
						}
						got[r.ID] = r.Outcome
					})
				return got
			}
			in := append([]extract.Document{bad}, docs...)
			got := run(false, in)
			if len(got) != len(in) || got["bad"] != "error" || got["a"] != graph.Created || got["p05"] != graph.Created {
				t.Fatalf("outcomes %v", got)
			}
			diff(t, "pool vs one by one", snapshot(t, c), want)
			if got := run(false, docs); got["b"] != graph.Skipped {
				t.Fatalf("rebuild outcomes %v", got)
			}
			if got := run(true, docs); got["b"] != graph.Skipped || got["a"] != graph.Skipped {
				t.Fatalf("forced rebuild of unchanged extractions: outcomes %v, want all skipped", got)
			}
			diff(t, "forced pool rebuild vs one by one", snapshot(t, c), want)
			if got := run(true, docs2); got["b"] != graph.Updated || got["a"] != graph.Skipped {
				t.Fatalf("forced rebuild with b re-extracted: outcomes %v, want b updated, a skipped", got)
			}
			diff(t, "forced pool rebuild with b re-extracted vs one by one", snapshot(t, c), want2)
		})
	}
}
