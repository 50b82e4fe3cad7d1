package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
)

// Hand-built documents stand in for the extractor: the writer's contract is extract.Document.
type rel = extract.Relation

func mkDoc(id, sha string, sentences []string, ents []extract.Entity, mentions []extract.Mention, rels []rel) extract.Document {
	d := extract.Document{Meta: extract.Meta{ID: id, SHA256: sha, Title: "Title of " + id, Source: "Test Wire",
		Authors: []string{"A. Writer"}, Published: "2024-01-02", Path: "testdata/" + id + ".txt"},
		Entities: ents, Mentions: mentions, Relations: rels}
	for i, s := range sentences {
		d.Sentences = append(d.Sentences, extract.Sentence{Index: i, Text: s})
	}
	return d
}

var (
	prk    = extract.Entity{ID: "state:PRK", Type: "State", Name: "North Korea"}
	rus    = extract.Entity{ID: "state:RUS", Type: "State", Name: "Russia"}
	usa    = extract.Entity{ID: "state:USA", Type: "State", Name: "United States"}
	shell  = extract.Entity{ID: "weapon:artillery-shell", Type: "Weapon", Name: "artillery shell"}
	putin  = extract.Entity{ID: "person:vladimir-putin", Type: "Person", Name: "Vladimir Putin"}
	kim    = extract.Entity{ID: "person:kim-jong-un", Type: "Person", Name: "Kim Jong Un"}
	lavrov = extract.Entity{ID: "person:sergey-lavrov", Type: "Person", Name: "Sergey Lavrov"}
)

func m(id string, sent int, surface string) extract.Mention {
	return extract.Mention{EntityID: id, Sentence: sent, Surface: surface}
}

func docA() extract.Document {
	return mkDoc("a", "sha-a", []string{
		"The D.P.R.K. shipped artillery shells to Russia in August 2023, officials said.",
		"Kim Jong Un met Vladimir Putin at Vostochny.",
	}, []extract.Entity{prk, rus, shell, kim, putin},
		[]extract.Mention{m(prk.ID, 0, "D.P.R.K."), m(shell.ID, 0, "artillery shells"), m(rus.ID, 0, "Russia"),
			m(kim.ID, 1, "Kim Jong Un"), m(putin.ID, 1, "Vladimir Putin")},
		[]rel{
			{Type: "SUPPLIED", Src: prk.ID, Dst: rus.ID, Item: shell.ID, Dates: []string{"2023-08"}, Polarity: "asserted", Modality: "reported", Sentence: 0, Evidence: "shipped artillery shells"},
			{Type: "MET_WITH", Src: kim.ID, Dst: putin.ID, Polarity: "asserted", Modality: "fact", Sentence: 1},
		})
}

func docB() extract.Document {
	return mkDoc("b", "sha-b", []string{
		"Russia denied receiving shells from North Korea.",
		"Putin met Kim again in 2024.",
		"The United States condemned North Korea.",
	}, []extract.Entity{prk, rus, shell, kim, putin, usa},
		[]extract.Mention{m(rus.ID, 0, "Russia"), m(shell.ID, 0, "shells"), m(prk.ID, 0, "North Korea"),
			m(putin.ID, 1, "Putin"), m(kim.ID, 1, "Kim"), m(usa.ID, 2, "United States"), m(prk.ID, 2, "North Korea")},
		[]rel{
			{Type: "SUPPLIED", Src: prk.ID, Dst: rus.ID, Item: shell.ID, Polarity: "denied", Modality: "fact", Sentence: 0},
			{Type: "MET_WITH", Src: putin.ID, Dst: kim.ID, Dates: []string{"2024"}, Polarity: "asserted", Modality: "fact", Sentence: 1},
			{Type: "CONDEMNED", Src: usa.ID, Dst: prk.ID, Polarity: "asserted", Modality: "fact", Sentence: 2},
		})
}

// docB2 is docB edited: the condemnation is gone (and with it the only mention of the
// United States), Lavrov appears, the meeting date changed.
func docB2() extract.Document {
	return mkDoc("b", "sha-b2", []string{
		"Russia denied receiving shells from North Korea.",
		"Putin met Kim again in March 2024.",
		"Sergey Lavrov said the DPRK is Russia's ally.",
	}, []extract.Entity{prk, rus, shell, kim, putin, lavrov},
		[]extract.Mention{m(rus.ID, 0, "Russia"), m(shell.ID, 0, "shells"), m(prk.ID, 0, "North Korea"),
			m(putin.ID, 1, "Putin"), m(kim.ID, 1, "Kim"), m(lavrov.ID, 2, "Sergey Lavrov"), m(prk.ID, 2, "DPRK"), m(rus.ID, 2, "Russia")},
		[]rel{
			{Type: "SUPPLIED", Src: prk.ID, Dst: rus.ID, Item: shell.ID, Polarity: "denied", Modality: "fact", Sentence: 0},
			{Type: "MET_WITH", Src: putin.ID, Dst: kim.ID, Dates: []string{"2024-03"}, Polarity: "asserted", Modality: "fact", Sentence: 1},
			{Type: "ALLY_OF", Src: rus.ID, Dst: prk.ID, Polarity: "asserted", Modality: "reported", Attribution: "Sergey Lavrov", Sentence: 2},
		})
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func write(t *testing.T, c *graph.Client, docs ...extract.Document) []graph.WriteResult {
	t.Helper()
	var out []graph.WriteResult
	for _, d := range docs {
		r, err := c.WriteDocument(ctxT(t), d, graph.WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// snapshot renders the whole graph (bar the harness marker and ingestion times) as sorted
// lines, naming nodes by their key property so that two builds can be compared.
func snapshot(t *testing.T, c *graph.Client) []string {
	t.Helper()
	ctx := ctxT(t)
	nodes, err := c.Read(ctx, `MATCH (n) WHERE NOT n:KgTestMarker RETURN labels(n) AS labels, properties(n) AS props`, nil)
	if err != nil {
		t.Fatal(err)
	}
	rels, err := c.Read(ctx, `MATCH (a)-[r]->(b) WHERE NOT a:KgTestMarker
		RETURN coalesce(a.id, a.key) AS a, type(r) AS type, properties(r) AS props, coalesce(b.id, b.key) AS b`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range nodes {
		labels, _ := r.Get("labels")
		props, _ := r.Get("props")
		p := props.(map[string]any)
		delete(p, "ingested_at")
		ls := fmt.Sprint(labels)
		var parts []string
		for _, l := range labels.([]any) {
			parts = append(parts, l.(string))
		}
		sort.Strings(parts)
		ls = strings.Join(parts, ":")
		js, _ := json.Marshal(p)
		out = append(out, "node "+ls+" "+string(js))
	}
	for _, r := range rels {
		props, _ := r.Get("props")
		js, _ := json.Marshal(props)
		out = append(out, fmt.Sprintf("rel %v-[%v %s]->%v", r.Values[0], r.Values[1], js, r.Values[3]))
	}
	sort.Strings(out)
	return out
}

func diff(t *testing.T, what string, got, want []string) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	g, w := map[string]bool{}, map[string]bool{}
	for _, s := range got {
		g[s] = true
	}
	for _, s := range want {
		w[s] = true
	}
	var msg []string
	for _, s := range got {
		if !w[s] {
			msg = append(msg, "+ "+s)
		}
	}
	for _, s := range want {
		if !g[s] {
			msg = append(msg, "- "+s)
		}
	}
	if len(msg) == 0 {
		msg = append(msg, fmt.Sprintf("same lines, counts differ: %d vs %d (duplicates?)", len(got), len(want)))
	}
	t.Fatalf("%s: graphs differ (+ extra, - missing):\n%s", what, strings.Join(msg, "\n"))
}

func one(t *testing.T, c *graph.Client, q string, params map[string]any) any {
	t.Helper()
	recs, err := c.Read(ctxT(t), q, params)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Fatalf("%s: %d rows", q, len(recs))
	}
	return recs[0].Values[0]
}

func TestWriteModel(t *testing.T) {
	c, _ := graphtest.Open(t)
	res := write(t, c, docA(), docB())
	if res[0].Outcome != graph.Created || res[1].Outcome != graph.Created {
		t.Fatalf("outcomes %v", res)
	}
	// One typed relationship per (src, type, dst); undirected ends in id order.
	recs, err := c.Read(ctxT(t), `MATCH (a:Entity)-[r:MET_WITH]->(b:Entity) RETURN a.id, b.id, r.claim_count, r.dates, r.doc_ids`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Fatalf("MET_WITH relationships: %d, want 1", len(recs))
	}
	got := fmt.Sprint(recs[0].Values)
	if want := "[person:kim-jong-un person:vladimir-putin 2 [2024] [a b]]"; got != want {
		t.Errorf("MET_WITH = %s, want %s", got, want)
	}
	r, err := c.Read(ctxT(t), `MATCH (:State {id: 'state:PRK'})-[r:SUPPLIED]->(:State {id: 'state:RUS'})
		RETURN r.asserted, r.denied, r.items, r.polarities, r.first_date, r.last_date, r.sentence_ids`, nil)
	if err != nil || len(r) != 1 {
		t.Fatalf("SUPPLIED: %v %v", r, err)
	}
	if got, want := fmt.Sprint(r[0].Values), "[1 1 [weapon:artillery-shell] [asserted denied] 2023-08 2023-08 [a#0 b#0]]"; got != want {
		t.Errorf("SUPPLIED = %s, want %s", got, want)
	}
	// Evidence in one step from the relationship.
	if n := one(t, c, `MATCH ()-[r:SUPPLIED]->() MATCH (s:Sentence) WHERE s.id IN r.sentence_ids RETURN count(s)`, nil); n != int64(2) {
		t.Errorf("evidence sentences = %v, want 2", n)
	}
	// Alias lookups by normalised surface, name and id.
	for _, key := range []string{"dprk", "north korea", "state:prk"} {
		if id := one(t, c, `MATCH (:Alias {key: $k})-[:ALIAS_OF]->(e) RETURN e.id`, map[string]any{"k": key}); id != "state:PRK" {
			t.Errorf("alias %q -> %v", key, id)
		}
	}
	if al := one(t, c, `MATCH (e:Entity {id: 'state:PRK'}) RETURN e.aliases`, nil); fmt.Sprint(al) != "[D.P.R.K. North Korea]" {
		t.Errorf("aliases = %v", al)
	}
	// Claims link their sentence and item, name their ends, and are listed by the typed
	// relationship between those ends.
	if n := one(t, c, `MATCH (c:Claim {type: 'SUPPLIED', src: 'state:PRK', dst: 'state:RUS'})-[:STATED_IN]->(:Sentence)-[:IN_DOCUMENT]->(:Document),
		(c)-[:ITEM]->(:Weapon), (:State {id: c.src})-[r:SUPPLIED]->(:State {id: c.dst})
		WHERE c.id IN r.claim_ids
		RETURN count(c)`, nil); n != int64(2) {
		t.Errorf("linked SUPPLIED claims = %v, want 2", n)
	}
	if n := one(t, c, `MATCH (c:Claim) WHERE c.evidence IS NOT NULL RETURN count(c)`, nil); n != int64(0) {
		t.Errorf("claims with their own evidence text = %v, want 0 (the sentence holds it)", n)
	}
	if p := one(t, c, `MATCH (d:Document {id: 'a'}) RETURN [d.title, d.source, d.published, d.sha256, d.path, toString(size(d.authors)), toString(d.ingested_at IS NOT NULL)]`, nil); fmt.Sprint(p) != "[Title of a Test Wire 2024-01-02 sha-a testdata/a.txt 1 true]" {
		t.Errorf("document props = %v", p)
	}
}

func TestRebuildIsIdempotent(t *testing.T) {
	c, _ := graphtest.Open(t)
	write(t, c, docA(), docB())
	first := snapshot(t, c)
	for _, r := range write(t, c, docA(), docB()) {
		if r.Outcome != graph.Skipped {
			t.Errorf("second write of %s: %s, want skipped", r.ID, r.Outcome)
		}
	}
	diff(t, "after skipped rebuild", snapshot(t, c), first)
	// A forced rewrite of an identical extraction is a no-op: same rows, and the very same
	// nodes and relationships (no delete and re-create that readers could catch half-way).
	ids := elementIDs(t, c)
	for _, d := range []extract.Document{docB(), docA()} {
		r, err := c.WriteDocument(ctxT(t), d, graph.WriteOptions{Force: true})
		if err != nil || r.Outcome != graph.Skipped {
			t.Fatalf("forced write of unchanged %s: %v %v, want skipped", d.ID, r.Outcome, err)
		}
	}
	diff(t, "after forced rebuild", snapshot(t, c), first)
	diff(t, "element ids after forced rebuild", elementIDs(t, c), ids)
	// Forced, with an extraction that differs under the same sha256 (new rules): rewritten,
	// and the result equals a fresh build of it.
	a2 := docA()
	a2.Relations[1].Modality = "reported"
	r, err := c.WriteDocument(ctxT(t), a2, graph.WriteOptions{Force: true})
	if err != nil || r.Outcome != graph.Updated {
		t.Fatalf("forced write of re-extracted a: %v %v, want updated", r.Outcome, err)
	}
	got := snapshot(t, c)
	diff(t, "forced re-extraction vs fresh", got, fresh(t, a2, docB()))
}

// elementIDs lists every node's and relationship's element id with its key, sorted: equal
// lists mean nothing was deleted and re-created.
func elementIDs(t *testing.T, c *graph.Client) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		`MATCH (n) WHERE NOT n:KgTestMarker RETURN elementId(n) + ' ' + coalesce(n.id, n.key) AS x`,
		`MATCH (a)-[r]->(b) RETURN elementId(r) + ' ' + type(r) + ' ' + coalesce(a.id, a.key) + ' ' + coalesce(b.id, b.key) AS x`,
	} {
		recs, err := c.Read(ctxT(t), q, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			out = append(out, r.Values[0].(string))
		}
	}
	sort.Strings(out)
	return out
}

// fresh returns the snapshot of a graph built from docs alone.
func fresh(t *testing.T, docs ...extract.Document) []string {
	c, _ := graphtest.Open(t) // wipes
	write(t, c, docs...)
	return snapshot(t, c)
}

func TestEditChangesOnlyItsContribution(t *testing.T) {
	want := fresh(t, docA(), docB2())
	c, _ := graphtest.Open(t)
	write(t, c, docA(), docB())
	// What b2 keeps of b: its three sentence ids (b#1 and b#2 with new text), the SUPPLIED
	// claim of its unchanged first sentence and that sentence's mentions.
	keptQuery := `MATCH (s:Sentence {doc_id: 'b'}) OPTIONAL MATCH (s)<-[st:STATED_IN]-(c:Claim {type: 'SUPPLIED'})
		OPTIONAL MATCH (s)-[m:MENTIONS]->(e) WHERE s.index = 0
		RETURN s.id + ' ' + elementId(s) + ' ' + coalesce(elementId(c), '') + ' ' + coalesce(elementId(st), '') + ' ' + coalesce(elementId(m), '') AS x`
	kept := func() []string {
		recs, err := c.Read(ctxT(t), keptQuery, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range recs {
			out = append(out, r.Values[0].(string))
		}
		sort.Strings(out)
		return out
	}
	before := kept()
	if r := write(t, c, docB2()); r[0].Outcome != graph.Updated {
		t.Fatalf("outcome %s, want updated", r[0].Outcome)
	}
	got := snapshot(t, c)
	diff(t, "edited b vs fresh a+b2", got, want)
	// Updated in place: the same nodes and relationships, not deleted and re-created.
	diff(t, "sentences, claim and mentions b2 keeps of b (element ids)", kept(), before)
	// The United States was only in the old version: gone with its alias keys.
	if n := one(t, c, `MATCH (n) WHERE n.id = 'state:USA' OR n.key = 'united states' RETURN count(n)`, nil); n != int64(0) {
		t.Errorf("state:USA left behind: %v nodes", n)
	}
	if n := one(t, c, `MATCH ()-[r:CONDEMNED]->() RETURN count(r)`, nil); n != int64(0) {
		t.Errorf("CONDEMNED left behind: %v", n)
	}
}

func TestRemoveDocument(t *testing.T) {
	want := fresh(t, docA())
	c, _ := graphtest.Open(t)
	write(t, c, docA(), docB())
	ok, err := c.RemoveDocument(ctxT(t), "b")
	if err != nil || !ok {
		t.Fatalf("remove: %v %v", ok, err)
	}
	diff(t, "a+b minus b vs fresh a", snapshot(t, c), want)
	if ok, err := c.RemoveDocument(ctxT(t), "nope"); err != nil || ok {
		t.Fatalf("removing a missing document: %v %v", ok, err)
	}
	diff(t, "after removing a missing document", snapshot(t, c), want)
}

func TestFailureMidDocumentLeavesNothing(t *testing.T) {
	wantA := fresh(t, docA())
	wantAB := fresh(t, docA(), docB())
	wantAB2 := fresh(t, docA(), docB2())
	c, _ := graphtest.Open(t)
	write(t, c, docA())
	// Fail after every possible number of statements of a new document...
	for n := 1; ; n++ {
		_, err := c.WriteDocument(ctxT(t), docB(), graph.FailAfter(n))
		if err == nil {
			// n is past the document's last statement: it was written whole.
			diff(t, "write completed", snapshot(t, c), wantAB)
			break
		}
		if !errors.Is(err, graph.ErrInjected) {
			t.Fatal(err)
		}
		diff(t, fmt.Sprintf("new document failing after %d statements", n), snapshot(t, c), wantA)
		if n > 50 {
			t.Fatal("hook never stopped failing")
		}
	}
	// ...and of a replacement: the old version must survive intact.
	for n := 1; ; n++ {
		_, err := c.WriteDocument(ctxT(t), docB2(), graph.FailAfter(n))
		if err == nil {
			diff(t, "rerun completed", snapshot(t, c), wantAB2)
			break
		}
		if !errors.Is(err, graph.ErrInjected) {
			t.Fatal(err)
		}
		diff(t, fmt.Sprintf("update failing after %d statements", n), snapshot(t, c), wantAB)
	}
}

// Many documents sharing entities and relationships, written by two clients at once, in
// opposite orders, twice over (forced): no duplicates and the same graph as one writer.
func TestConcurrentBuildsLeaveNoDuplicates(t *testing.T) {
	var docs []extract.Document
	states := []extract.Entity{prk, rus, usa, {ID: "state:CHN", Type: "State", Name: "China"}, {ID: "state:IRN", Type: "State", Name: "Iran"}}
	for i := 0; i < 16; i++ {
		a, b := states[i%5], states[(i+1)%5]
		docs = append(docs, mkDoc(fmt.Sprintf("c%02d", i), fmt.Sprintf("sha-%d", i),
			[]string{a.Name + " supplied shells to " + b.Name + ".", b.Name + " and " + a.Name + " are allies."},
			[]extract.Entity{a, b, shell},
			[]extract.Mention{m(a.ID, 0, a.Name), m(b.ID, 0, b.Name), m(shell.ID, 0, "shells"), m(b.ID, 1, b.Name), m(a.ID, 1, a.Name)},
			[]rel{{Type: "SUPPLIED", Src: a.ID, Dst: b.ID, Item: shell.ID, Polarity: "asserted", Modality: "fact", Sentence: 0, Dates: []string{fmt.Sprintf("2023-%02d", i%12+1)}},
				{Type: "ALLY_OF", Src: b.ID, Dst: a.ID, Polarity: "asserted", Modality: "fact", Sentence: 1}}))
	}
	want := fresh(t, docs...)
	c1, srv := graphtest.Open(t)
	c2, err := graph.Open(ctxT(t), srv.Config())
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close(context.Background())
	for round, force := range []bool{false, true} {
		var wg sync.WaitGroup
		errs := make(chan error, 2*len(docs))
		for w, cl := range []*graph.Client{c1, c2} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range docs {
					d := docs[i]
					if w == 1 {
						d = docs[len(docs)-1-i]
					}
					if _, err := cl.WriteDocument(context.Background(), d, graph.WriteOptions{Force: force}); err != nil {
						errs <- err
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatalf("round %d: %v", round, err)
		}
		diff(t, fmt.Sprintf("round %d concurrent vs sequential", round), snapshot(t, c1), want)
		checkDerived(t, c1, fmt.Sprintf("round %d concurrent", round))
	}
}

func TestSchemaApplyTwice(t *testing.T) {
	c, _ := graphtest.Open(t) // applies the schema once
	changes, err := c.ApplySchema(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != len(graph.Schema()) {
		t.Fatalf("%d changes for %d statements", len(changes), len(graph.Schema()))
	}
	for _, ch := range changes {
		if ch.Created {
			t.Errorf("%s %s created again", ch.Kind, ch.Name)
		}
	}
	recs, err := c.Read(ctxT(t), "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names", nil)
	if err != nil {
		t.Fatal(err)
	}
	names := fmt.Sprint(recs[0].Values[0])
	for _, st := range graph.Schema() {
		if st.Kind == "constraint" && !strings.Contains(names, st.Name) {
			t.Errorf("constraint %s missing on the server", st.Name)
		}
	}
}

func TestStatus(t *testing.T) {
	c, _ := graphtest.Open(t)
	write(t, c, docA())
	st, err := c.Status(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(st.Version, "5.") || st.Edition == "" || st.Database == "" {
		t.Errorf("server identity %+v", st)
	}
	counts := map[string]int64{}
	for _, cn := range append(st.Labels, st.Types...) {
		counts[cn.Name] = cn.N
	}
	want := map[string]int64{"Document": 1, "Sentence": 2, "Entity": 5, "Claim": 2, "State": 2, "Person": 2,
		"Weapon": 1, "SUPPLIED": 1, "MET_WITH": 1, "MENTIONS": 5, "STATED_IN": 2, "ITEM": 1}
	for k, v := range want {
		if counts[k] != v {
			t.Errorf("%s = %d, want %d", k, counts[k], v)
		}
	}
	if st.Nodes < 13 || st.Relationships < 20 {
		t.Errorf("totals %d nodes, %d relationships", st.Nodes, st.Relationships)
	}
}

// An unreachable server or bad credentials fail fast with one clear line.
func TestOpenErrors(t *testing.T) {
	_, srv := graphtest.Open(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	deadAddr := l.Addr().String()
	l.Close() // nothing listens there now
	for _, tc := range []struct {
		name string
		cfg  graph.Config
		want string
	}{
		{"refused", graph.Config{URI: "bolt://" + deadAddr, Username: "neo4j", Password: "x"}, "cannot reach Neo4j at bolt://" + deadAddr + ": connection refused"},
		// A user that does not exist, so that the server's lockout of a user after failed
		// logins cannot hit the account the other tests use.
		{"bad credentials", graph.Config{URI: srv.URI, Username: "kg-no-such-user", Password: "wrong-password"}, "Neo4j at " + srv.URI + " rejected the credentials for user kg-no-such-user"},
		{"bad uri", graph.Config{URI: "localhost:7687"}, "invalid Neo4j URI"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := graph.Open(context.Background(), tc.cfg)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), tc.cfg.Password+"@") {
				t.Errorf("error is not one clean line: %q", err)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %s", d)
			}
		})
	}
}

// The writer runs its statements with replan=skip, so the plan made for a build's first
// batch, often on an empty graph, serves the whole build. Planned on an empty graph, every
// statement must therefore already reach nodes through index seeks, never through scans.
func TestWriterPlansOnEmptyGraph(t *testing.T) {
	c, _ := graphtest.Open(t)
	scans := []string{"AllNodesScan", "NodeByLabelScan", "NodeIndexScan", "AllRelationshipsScan", "RelationshipTypeScan", "RelationshipIndexScan"}
	// document_hashes lists every document and identity_entities every entity (read once per
	// build, not run with replan=skip), by design.
	allowed := map[string]bool{"document_hashes": true, "identity_entities": true,
		// relationship_flags derives two properties of every relationship, once, when
		// ApplySchema creates their indexes on a graph written before them.
		"relationship_flags": true}
	for name, q := range graph.Statements() {
		if allowed[name] {
			continue
		}
		t.Run(name, func(t *testing.T) {
			ops, err := c.Explain(ctxT(t), q, nil)
			if err != nil {
				t.Fatal(err)
			}
			seeks := 0
			for _, op := range ops {
				for _, s := range scans {
					if strings.Contains(op, s) {
						t.Errorf("plan scans: %s", op)
					}
				}
				if strings.Contains(op, "Seek") {
					seeks++
				}
			}
			if seeks == 0 {
				t.Errorf("plan has no index seek:\n%s", strings.Join(ops, "\n"))
			}
		})
	}
}

// checkDerived recomputes every derived property the whole-graph reports read from the graph
// as it stands and fails where a stored one differs: the entities' degree, claims and
// neighbours, their name words (NameWord links and sizes), and the relationships' contested
// and undated flags.
func checkDerived(t *testing.T, c *graph.Client, when string) {
	t.Helper()
	recs, err := c.Read(ctxT(t), `MATCH (e:Entity)
OPTIONAL MATCH (e)-[r]-(n:Entity)
WITH e, count(r) AS degree, sum(r.claim_count) AS claims, count(DISTINCT n) AS neighbours
WHERE [coalesce(e.degree, 0), coalesce(e.claims, 0), coalesce(e.neighbours, 0)] <> [degree, claims, neighbours]
   OR e.degree = 0 OR (e.degree IS NULL) <> (e.claims IS NULL) OR (e.degree IS NULL) <> (e.neighbours IS NULL)
RETURN e.id + ' stored ' + toString(coalesce(e.degree, -1)) + '/' + toString(coalesce(e.claims, -1)) + '/' +
       toString(coalesce(e.neighbours, -1)) + ' want ' + toString(degree) + '/' + toString(claims) + '/' +
       toString(neighbours) AS bad
UNION ALL
MATCH (e:Entity)
WITH e, [w IN split(toLower(replace(replace(e.name, '.', ''), '-', ' ')), ' ') WHERE size(w) >= 4 | e.type + '|' + w] AS words
WITH e, reduce(acc = [], k IN words | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS want,
     COLLECT { MATCH (e)-[:NAME_WORD]->(w:NameWord) RETURN w.key ORDER BY w.key } AS had
WHERE size(want) <> size(had) OR any(k IN want WHERE NOT k IN had)
RETURN e.id + ' name words [' + reduce(s = '', k IN had | s + k + ' ') + '] want [' +
       reduce(s = '', k IN want | s + k + ' ') + ']' AS bad
UNION ALL
MATCH (w:NameWord)
WITH w, COUNT { (w)<-[:NAME_WORD]-(:Entity) } AS size
WHERE w.size IS NULL OR w.size <> size OR size = 0 OR w.key <> w.type + '|' + w.word
RETURN 'name word ' + w.key + ' size ' + toString(w.size) + ' want ' + toString(size) AS bad
UNION ALL
MATCH (:Entity)-[r]->(:Entity)
WHERE (r.asserted > 0 AND r.denied > 0) <> coalesce(r.contested, false)
   OR (r.first_date IS NULL) <> coalesce(r.undated, false)
RETURN r.key + ' contested ' + toString(r.contested) + ' undated ' + toString(r.undated) AS bad`, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		t.Errorf("%s: %v", when, r.Values[0])
	}
}

func TestDerivedPropertiesFollowWritesAndRemovals(t *testing.T) {
	c, _ := graphtest.Open(t)
	write(t, c, docA(), docB())
	checkDerived(t, c, "after a and b")
	// North Korea: SUPPLIED to Russia (a asserts it, b denies it) and CONDEMNED by the United
	// States: two relationships, three claims.
	if got := one(t, c, `MATCH (e:Entity {id: 'state:PRK'}) RETURN [e.degree, e.claims]`, nil); fmt.Sprint(got) != "[2 3]" {
		t.Errorf("North Korea after a and b: [degree claims] = %v, want [2 3]", got)
	}
	if got := one(t, c, `MATCH ()-[r:SUPPLIED]->() RETURN [r.contested, r.undated]`, nil); fmt.Sprint(got) != "[true <nil>]" {
		t.Errorf("SUPPLIED after a and b: [contested undated] = %v, want [true <nil>]", got)
	}
	if got := one(t, c, `MATCH (e:Entity {id: 'weapon:artillery-shell'}) RETURN e.degree`, nil); got != nil {
		t.Errorf("the shell has no typed relationship but degree %v", got)
	}
	write(t, c, docB2()) // the condemnation goes, an alliance comes
	checkDerived(t, c, "after b edited")
	if got := one(t, c, `MATCH (e:Entity {id: 'state:PRK'}) RETURN [e.degree, e.claims]`, nil); fmt.Sprint(got) != "[2 3]" {
		t.Errorf("North Korea after b2: [degree claims] = %v, want [2 3] (SUPPLIED and ALLY_OF)", got)
	}
	if ok, err := c.RemoveDocument(ctxT(t), "b"); err != nil || !ok {
		t.Fatalf("remove b: %v %v", ok, err)
	}
	checkDerived(t, c, "after b removed")
	if got := one(t, c, `MATCH (e:Entity {id: 'state:PRK'}) RETURN [e.degree, e.claims]`, nil); fmt.Sprint(got) != "[1 1]" {
		t.Errorf("North Korea after b removed: [degree claims] = %v, want [1 1]", got)
	}
	if got := one(t, c, `MATCH ()-[r:SUPPLIED]->() RETURN [r.contested, r.undated]`, nil); fmt.Sprint(got) != "[<nil> <nil>]" {
		t.Errorf("SUPPLIED after b removed: [contested undated] = %v, want [<nil> <nil>]", got)
	}
	// A rename (the identity file, kg entities rename) changes the entity's name words.
	if err := c.SetEntityProps(ctxT(t), []graph.EntityProps{{ID: "state:PRK", Name: "Democratic People's Republic of Korea"}}); err != nil {
		t.Fatal(err)
	}
	checkDerived(t, c, "after a rename")
	if got := one(t, c, `MATCH (:Entity {id: 'state:PRK'})-[:NAME_WORD]->(w:NameWord) WITH w ORDER BY w.word RETURN collect(w.key)`, nil); fmt.Sprint(got) != "[State|democratic State|korea State|people's State|republic]" {
		t.Errorf("North Korea's name words after the rename: %v", got)
	}
	// The whole-graph recomputation a bulk load runs changes nothing on a graph the writer keeps.
	before := snapshot(t, c)
	if err := c.RefreshEntityStats(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	diff(t, "after RefreshEntityStats", snapshot(t, c), before)
	// ...and restores what a bulk load would lack.
	for _, q := range []string{`MATCH (e:Entity) REMOVE e.degree, e.claims, e.neighbours`, `MATCH (w:NameWord) DETACH DELETE w`} {
		if _, err := c.Query(ctxT(t), q, nil, true); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.RefreshEntityStats(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	diff(t, "RefreshEntityStats from nothing", snapshot(t, c), before)
}

// A graph written before the report indexes existed gets their properties when ApplySchema
// creates the indexes (as the first kg build or kg schema apply of a newer kg does).
func TestApplySchemaDerivesStoredProperties(t *testing.T) {
	c, _ := graphtest.Open(t)
	write(t, c, docA(), docB())
	want := snapshot(t, c)
	// Make it look like a graph from before: no derived properties, no indexes on them.
	for _, q := range []string{
		`MATCH (e:Entity) REMOVE e.degree, e.claims, e.neighbours`,
		`MATCH (w:NameWord) DETACH DELETE w`,
		`MATCH (:Entity)-[r]->(:Entity) REMOVE r.contested, r.undated`,
	} {
		if _, err := c.Query(ctxT(t), q, nil, true); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"entity_neighbours", "name_word_size", "rel_visited_contested"} {
		if _, err := c.Query(ctxT(t), "DROP INDEX "+name, nil, true); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.ApplySchema(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	diff(t, "after ApplySchema on a graph without derived properties", snapshot(t, c), want)
	checkDerived(t, c, "after ApplySchema")
}
