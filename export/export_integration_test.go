package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-analytics/kg/export"
	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/graph"
	"github.com/kg-analytics/kg/graph/graphtest"
)

// counts is what the graph holds, counted in Cypher independently of package export.
type counts struct {
	entities  int
	relations map[string]int // by type
	total     int
	claims    int
	byType    map[string]int // entities by type
}

func graphCounts(t *testing.T, c *graph.Client) counts {
	t.Helper()
	ctx := context.Background()
	n := counts{relations: map[string]int{}, byType: map[string]int{}}
	one := func(q string) graph.Rows {
		rows, err := c.Query(ctx, q, nil, false)
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	for _, rec := range one(`MATCH (e:Entity) RETURN e.type, count(*)`).Rows {
		n.byType[rec[0].(string)] = int(rec[1].(int64))
		n.entities += int(rec[1].(int64))
	}
	for _, rec := range one(`MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN ['` +
		strings.Join(extract.RelationTypes(), "','") + `'] RETURN type(r), count(*)`).Rows {
		n.relations[rec[0].(string)] = int(rec[1].(int64))
		n.total += int(rec[1].(int64))
	}
	n.claims = int(one(`MATCH (c:Claim) RETURN count(c)`).Rows[0][0].(int64))
	if n.entities == 0 || n.total == 0 || n.claims == 0 {
		t.Fatalf("the seed graph is empty: %+v", n)
	}
	return n
}

func TestExportOnSeeds(t *testing.T) {
	client, srv := graphtest.Open(t)
	bin := graphtest.BuildKG(t, "../cmd/kg")
	if out, errOut, code := srv.RunKG(t, bin, "build", "../seeds"); code != 0 {
		t.Fatalf("kg build ../seeds exited %d\n%s%s", code, out, errOut)
	}
	want := graphCounts(t, client)
	run := func(t *testing.T, args ...string) string {
		t.Helper()
		out, errOut, code := srv.RunKG(t, bin, append([]string{"export"}, args...)...)
		if code != 0 {
			t.Fatalf("kg export %s: exit %d: %s", strings.Join(args, " "), code, errOut)
		}
		return out
	}

	t.Run("graphml", func(t *testing.T) {
		doc := parseGraphML(t, []byte(run(t, "--format", "graphml", "--claims")))
		nodes, edges := checkGraphML(t, doc)
		if nodes[""] != want.entities || len(doc.Graph.Edges) != want.total {
			t.Errorf("graphml: %d nodes, %d edges; the graph has %d entities, %d relations",
				nodes[""], len(doc.Graph.Edges), want.entities, want.total)
		}
		for typ, n := range want.relations {
			if edges[typ] != n {
				t.Errorf("graphml: %d %s edges, the graph has %d", edges[typ], typ, n)
			}
		}
		for _, e := range doc.Graph.Edges {
			rel := data(e.Data, "e_relation")
			if undirected := e.Directed == "false"; undirected != extract.Undirected(rel) {
				t.Errorf("edge %s: directed=%q for %s", e.ID, e.Directed, rel)
			}
			if data(e.Data, "e_evidence") == "" {
				t.Errorf("edge %s has no evidence with --claims", e.ID)
			}
		}
		// The same export to a file, through --out.
		path := filepath.Join(t.TempDir(), "kg.graphml")
		run(t, "--out", path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := checkGraphML(t, parseGraphML(t, b)); n[""] != want.entities {
			t.Errorf("--out file: %d nodes, want %d", n[""], want.entities)
		}
	})

	t.Run("csv", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "out")
		run(t, "--format", "csv", "--out", dir, "--claims")
		nodes := readCSV(t, filepath.Join(dir, "nodes.csv"), []string{"Id", "Label", "type", "aliases"})
		edges := readCSV(t, filepath.Join(dir, "edges.csv"), []string{"Source", "Target", "Type", "Label", "Weight", "Id", "relation"})
		claims := readCSV(t, filepath.Join(dir, "claims.csv"), []string{"id", "relation_key", "relation", "source", "target", "polarity"})
		if len(nodes) != want.entities || len(edges) != want.total || len(claims) != want.claims {
			t.Errorf("csv: %d nodes, %d edges, %d claims; the graph has %d, %d, %d",
				len(nodes), len(edges), len(claims), want.entities, want.total, want.claims)
		}
		ids := map[string]bool{}
		for _, n := range nodes {
			ids[n["Id"]] = true
		}
		byType := map[string]int{}
		for _, e := range edges {
			byType[e["relation"]]++
			if !ids[e["Source"]] || !ids[e["Target"]] {
				t.Errorf("edge %s names a node not in nodes.csv", e["Id"])
			}
			if wantDir := map[bool]string{true: "Undirected", false: "Directed"}[extract.Undirected(e["relation"])]; e["Type"] != wantDir {
				t.Errorf("edge %s: Type %s, want %s", e["Id"], e["Type"], wantDir)
			}
		}
		for typ, n := range want.relations {
			if byType[typ] != n {
				t.Errorf("csv: %d %s edges, the graph has %d", byType[typ], typ, n)
			}
		}
		for _, c := range claims {
			if c["evidence"] == "" || c["document"] == "" {
				t.Errorf("claim %s without evidence or document", c["id"])
			}
		}
		// --bom: the same files, each after a UTF-8 byte-order mark.
		bomDir := filepath.Join(t.TempDir(), "bom")
		run(t, "--format", "csv", "--out", bomDir, "--bom")
		for _, name := range []string{"nodes.csv", "edges.csv"} {
			b, err := os.ReadFile(filepath.Join(bomDir, name))
			if err != nil {
				t.Fatal(err)
			}
			plain, _ := os.ReadFile(filepath.Join(dir, name))
			if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) || !bytes.Equal(b[3:], plain) {
				t.Errorf("%s with --bom is not the file after a byte-order mark", name)
			}
		}
	})

	t.Run("jsonl", func(t *testing.T) {
		kinds := map[string]int{}
		for _, line := range strings.Split(strings.TrimSpace(run(t, "--format", "jsonl", "--claims")), "\n") {
			var v struct{ Kind string }
			if err := json.Unmarshal([]byte(line), &v); err != nil {
				t.Fatalf("line %q: %v", line, err)
			}
			kinds[v.Kind]++
		}
		if kinds["entity"] != want.entities || kinds["relation"] != want.total || kinds["claim"] != want.claims {
			t.Errorf("jsonl: %v; the graph has %d entities, %d relations, %d claims", kinds, want.entities, want.total, want.claims)
		}
	})

	t.Run("filters", func(t *testing.T) {
		_, edges := checkGraphML(t, parseGraphML(t, []byte(run(t, "--type", "supplied"))))
		if edges[""] != want.relations["SUPPLIED"] || edges["SUPPLIED"] != edges[""] {
			t.Errorf("--type supplied: %v edges, want %d SUPPLIED", edges, want.relations["SUPPLIED"])
		}
		nodes, _ := checkGraphML(t, parseGraphML(t, []byte(run(t, "--type", "State,Person"))))
		if nodes[""] != want.byType["State"]+want.byType["Person"] || nodes["Weapon"] != 0 {
			t.Errorf("--type State,Person: %v nodes, want %d", nodes, want.byType["State"]+want.byType["Person"])
		}
		doc := parseGraphML(t, []byte(run(t, "--since", "2024-01", "--until", "2024-06-30")))
		_, edges = checkGraphML(t, doc)
		if edges[""] == 0 || edges[""] >= want.total {
			t.Errorf("--since 2024-01 --until 2024-06-30 kept %d of %d relations", edges[""], want.total)
		}
		for _, e := range doc.Graph.Edges {
			ok := false
			for _, d := range strings.Split(data(e.Data, "e_dates"), "; ") {
				ok = ok || (d >= "2024-01" && d[:min(len(d), 10)] <= "2024-06-30")
			}
			if !ok {
				t.Errorf("edge %s dated %q is out of range", e.ID, data(e.Data, "e_dates"))
			}
		}
	})

	t.Run("usage errors", func(t *testing.T) {
		for _, c := range []struct {
			args []string
			err  string
		}{
			{[]string{"--format", "xml"}, `unknown format "xml"; want one of graphml, csv, jsonl`},
			{[]string{"--format", "csv"}, "name their folder with --out DIR"},
			{[]string{"--type", "Country"}, `unknown type "Country"`},
			{[]string{"--since", "last year"}, `--since "last year": want a date`},
			{[]string{"--since", "2025", "--until", "2024"}, "--since 2025 is after --until 2024"},
			{[]string{"--bom"}, "--bom applies to --format csv only"},
		} {
			out, errOut, code := srv.RunKG(t, bin, append([]string{"export"}, c.args...)...)
			if code != 2 || out != "" || !strings.Contains(errOut, c.err) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("kg export %s: exit %d, stdout %q, stderr %q; want exit 2 and %q",
					strings.Join(c.args, " "), code, out, errOut, c.err)
			}
		}
	})

	t.Run("read API", func(t *testing.T) {
		g, err := export.Read(context.Background(), client, export.Filter{Claims: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Entities) != want.entities || len(g.Relations) != want.total || len(g.Claims) != want.claims {
			t.Errorf("Read: %d, %d, %d", len(g.Entities), len(g.Relations), len(g.Claims))
		}
		for _, r := range g.Relations {
			for _, it := range r.Items {
				if strings.Contains(it, ":") {
					t.Errorf("relation %s: item %q is an id, not a name", r.Key, it)
				}
			}
		}
	})
}

func parseGraphML(t *testing.T, b []byte) export.GraphMLDoc {
	t.Helper()
	var doc export.GraphMLDoc
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("the GraphML does not parse: %v\n%s", err, b[:min(len(b), 500)])
	}
	if doc.XMLName.Space != "http://graphml.graphdrawing.org/xmlns" {
		t.Errorf("root element namespace %q", doc.XMLName.Space)
	}
	return doc
}

// checkGraphML checks the document's structure the way a GraphML reader relies on it (keys
// declared once with a known attr.type, for the element that uses them; node and edge ids
// unique; every edge end a node) and counts nodes by type and edges by relation ("" : all).
func checkGraphML(t *testing.T, doc export.GraphMLDoc) (map[string]int, map[string]int) {
	t.Helper()
	keys := map[string]string{}
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %s declared twice", k.ID)
		}
		switch k.Type {
		case "boolean", "int", "long", "float", "double", "string":
		default:
			t.Errorf("key %s: attr.type %q is not a GraphML type", k.ID, k.Type)
		}
		if k.Name == "" {
			t.Errorf("key %s has no attr.name", k.ID)
		}
		keys[k.ID] = k.For
	}
	useKeys := func(what, id string, ds []export.GraphMLData) {
		for _, d := range ds {
			if keys[d.Key] != what {
				t.Errorf("%s %s uses key %q declared for %q", what, id, d.Key, keys[d.Key])
			}
		}
	}
	nodes, edges := map[string]int{}, map[string]int{}
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		if n.ID == "" || ids[n.ID] {
			t.Errorf("node id %q empty or repeated", n.ID)
		}
		ids[n.ID] = true
		useKeys("node", n.ID, n.Data)
		nodes[""]++
		nodes[data(n.Data, "n_type")]++
		if data(n.Data, "n_label") == "" {
			t.Errorf("node %s has no label", n.ID)
		}
	}
	eids := map[string]bool{}
	for _, e := range doc.Graph.Edges {
		if e.ID == "" || eids[e.ID] {
			t.Errorf("edge id %q empty or repeated", e.ID)
		}
		eids[e.ID] = true
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s: %s -> %s names a missing node", e.ID, e.Source, e.Target)
		}
		useKeys("edge", e.ID, e.Data)
		edges[""]++
		edges[data(e.Data, "e_relation")]++
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	return nodes, edges
}

func data(ds []export.GraphMLData, key string) string {
	for _, d := range ds {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

func readCSV(t *testing.T, path string, header []string) []map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for i, h := range header {
		if recs[0][i] != h {
			t.Fatalf("%s: header %v, want it to start %v", path, recs[0], header)
		}
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}
