package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
)

// fullState is snapshot (typed relationships with their aggregates, aliases, entities,
// claims, mentions) plus the count of every label and relationship type and the documents'
// properties except when they were written.
func fullState(t *testing.T, c *graph.Client) graphState {
	t.Helper()
	st := snapshot(t, c)
	ctx := context.Background()
	for _, q := range []string{
		`MATCH (n) WHERE NOT n:KgTestMarker UNWIND labels(n) AS name RETURN 'label ' + name AS name, count(*) AS n`,
		`MATCH ()-[r]->() RETURN 'type ' + type(r) AS name, count(*) AS n`,
	} {
		recs, err := c.Read(ctx, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			name, _ := r.Get("name")
			n, _ := r.Get("n")
			st.Counts[name.(string)] = n.(int64)
		}
	}
	recs, err := c.Read(ctx, `MATCH (d:Document) RETURN d.id AS id, properties(d) AS props`, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		id, _ := r.Get("id")
		props, _ := r.Get("props")
		m := props.(map[string]any)
		delete(m, "ingested_at")
		b, _ := json.Marshal(m)
		st.lines = append(st.lines, fmt.Sprintf("document %s %s", id, b))
	}
	slices.Sort(st.lines)
	return st
}

func diffStates(t *testing.T, what string, got, want graphState) {
	t.Helper()
	if len(got.Counts) != len(want.Counts) {
		t.Errorf("%s: %d counted labels/types, want %d", what, len(got.Counts), len(want.Counts))
	}
	for k, n := range want.Counts {
		if got.Counts[k] != n {
			t.Errorf("%s: %s = %d, want %d", what, k, got.Counts[k], n)
		}
	}
	if slices.Equal(got.lines, want.lines) {
		return
	}
	t.Errorf("%s: graph differs (%d lines, want %d)", what, len(got.lines), len(want.lines))
	was := map[string]bool{}
	for _, l := range want.lines {
		was[l] = true
	}
	now := map[string]bool{}
	shown := 0
	for _, l := range got.lines {
		now[l] = true
		if !was[l] && shown < 20 {
			t.Logf("only in %s: %s", what, l)
			shown++
		}
	}
	for _, l := range want.lines {
		if !now[l] && shown < 40 {
			t.Logf("missing from %s: %s", what, l)
			shown++
		}
	}
}

// TestBuildFromRecords: kg build --from the records of three extraction shards writes the
// graph kg build writes from the source files, and a later kg build of those files skips
// every document (the records carried their hashes).
func TestBuildFromRecords(t *testing.T) {
	client, srv := graphtest.Open(t)
	bin := graphtest.BuildKG(t, ".")
	tmp := t.TempDir()
	sources := []string{"../../seeds", "../../testdata/corpus"}

	kgOK(t, srv, bin, append([]string{"build", "--identity", filepath.Join(tmp, "direct.tsv")}, sources...)...)
	want := fullState(t, client)
	if want.Counts["relationships"] == 0 || want.Counts["label Document"] < 40 {
		t.Fatalf("the direct build wrote little: %v", want.Counts)
	}

	shards := filepath.Join(tmp, "shards")
	if err := os.Mkdir(shards, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		kgOK(t, srv, bin, append([]string{"extract", "--format", "records", "--shard", fmt.Sprintf("%d/3", i),
			"-o", filepath.Join(shards, fmt.Sprintf("shard-%d.jsonl", i))}, sources...)...)
	}
	if err := graphtest.Wipe(context.Background(), srv); err != nil {
		t.Fatal(err)
	}
	if st := fullState(t, client); st.Counts["entities"] != 0 {
		t.Fatalf("graph not empty after the wipe: %v", st.Counts)
	}
	idFile := filepath.Join(tmp, "from.tsv")
	out := kgOK(t, srv, bin, "build", "--identity", idFile, "--from", shards)
	var sum buildSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("build --from summary %q: %v", out, err)
	}
	if sum.Created != int(want.Counts["label Document"]) || sum.Failed != 0 {
		t.Errorf("build --from: %+v, want %d created and none failed", sum, want.Counts["label Document"])
	}
	diffStates(t, "build --from records", fullState(t, client), want)

	out = kgOK(t, srv, bin, append([]string{"build", "--identity", idFile}, sources...)...)
	sum = buildSummary{}
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("incremental build summary %q: %v", out, err)
	}
	if sum.Skipped != int(want.Counts["label Document"]) || sum.Created+sum.Updated+sum.Failed != 0 {
		t.Errorf("build of the sources after build --from: %+v, want every document skipped", sum)
	}
}

// TestRoutingURI: a neo4j:// (routing) URI works against the single local server for a
// build, a report and status, and the report reads what it reads through bolt://.
func TestRoutingURI(t *testing.T) {
	_, srv := graphtest.Open(t)
	bin := graphtest.BuildKG(t, ".")
	routed := srv
	scheme, rest, ok := strings.Cut(srv.URI, "://")
	if !ok || (scheme != "bolt" && scheme != "neo4j") {
		t.Skipf("test server %s is not a plain bolt:// or neo4j:// address", srv.URI)
	}
	routed.URI = "neo4j://" + rest
	idFile := filepath.Join(t.TempDir(), "kg-identity.tsv")
	kgOK(t, routed, bin, "build", "--identity", idFile, "../../seeds")
	viaRouting := kgOK(t, routed, bin, "report", "run", "most-connected", "--format", "json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(viaRouting), &rows); err != nil || len(rows) == 0 {
		t.Fatalf("most-connected through %s: %d rows, %v\n%s", routed.URI, len(rows), err, viaRouting)
	}
	if direct := kgOK(t, srv, bin, "report", "run", "most-connected", "--format", "json"); direct != viaRouting {
		t.Errorf("most-connected through %s differs from %s:\n%s\n%s", routed.URI, srv.URI, viaRouting, direct)
	}
	if status := kgOK(t, routed, bin, "status"); !strings.Contains(status, "neo4j://") || !strings.Contains(status, "Document") {
		t.Errorf("status through %s:\n%s", routed.URI, status)
	}
}
