package graph

import (
	"maps"
	"regexp"
	"strings"
	"testing"

	"github.com/kg-analytics/kg/cypher"

	"github.com/kg-analytics/kg/extract"
)

func TestSchemaCoversModel(t *testing.T) {
	text := map[string]bool{}
	for _, st := range Schema() {
		text[st.Query] = true
	}
	has := func(fragment string) bool {
		for q := range text {
			if strings.Contains(q, fragment) {
				return true
			}
		}
		return false
	}
	for _, label := range []string{"Document", "Sentence", "Entity", "Claim", "Alias"} {
		if !has("(n:"+label+")") && !has(":"+label+")") {
			t.Errorf("no constraint or index on %s", label)
		}
	}
	for _, rt := range extract.RelationTypes() {
		if !has("()-[r:" + rt + "]-() REQUIRE r.key IS UNIQUE") {
			t.Errorf("no key constraint for relationship type %s", rt)
		}
		// The contested report reads one index per type; a type without one would be missed.
		if !has("()-[r:" + rt + "]-() ON (r.contested, r.denied, r.key)") {
			t.Errorf("no contested index for relationship type %s", rt)
		}
	}
}

func TestParseSchema(t *testing.T) {
	for _, tc := range []struct {
		name, text, wantErr string
		n                   int
	}{
		{"two statements", "// c\nCREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.p);\nCREATE CONSTRAINT b IF NOT EXISTS\n FOR (n:Y) REQUIRE n.id IS UNIQUE;\n", "", 2},
		{"unnamed", "CREATE INDEX IF NOT EXISTS FOR (n:X) ON (n.p);", "named CREATE", 0},
		{"not idempotent", "CREATE INDEX a FOR (n:X) ON (n.p);", "named CREATE", 0},
		{"duplicate name", "CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.p);\nCREATE INDEX a IF NOT EXISTS FOR (n:Y) ON (n.p);", "used twice", 0},
		{"unterminated", "CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.p)", "does not end", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := ParseSchema(tc.text)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || len(st) != tc.n {
				t.Fatalf("got %d statements, err %v; want %d", len(st), err, tc.n)
			}
		})
	}
}

// The writer's label and type cases are data files; they must cover the closed schema exactly.
func TestQueriesCoverSchemaTypes(t *testing.T) {
	q, err := loadQueries()
	if err != nil {
		t.Fatal(err)
	}
	query := func(name string) string {
		text, err := q.query(name)
		if err != nil {
			t.Fatal(err)
		}
		return text
	}
	ents := query("merge_entities")
	for _, et := range extract.EntityTypes() {
		if !strings.Contains(ents, "WHEN row.type = '"+et+"' THEN [1] ELSE [] END | SET e:"+et+")") {
			t.Errorf("merge_entities has no case for %s", et)
		}
	}
	if n := strings.Count(ents, "FOREACH"); n != len(extract.EntityTypes()) {
		t.Errorf("merge_entities has %d cases, want %d", n, len(extract.EntityTypes()))
	}
	for _, rt := range extract.RelationTypes() {
		if !strings.Contains(ents, "UNWIND $rels."+rt+" AS key MATCH ()-[r:"+rt+" {key: key}]->() RETURN r") {
			t.Errorf("merge_entities reads no stored %s relationships", rt)
		}
	}
	if n := strings.Count(ents, "UNWIND $rels."); n != len(extract.RelationTypes()) {
		t.Errorf("merge_entities reads %d relationship types, want %d", n, len(extract.RelationTypes()))
	}
	if want := "[r:" + strings.Join(extract.RelationTypes(), "|") + "]"; !strings.Contains(query("entity_stats"), want) {
		t.Errorf("entity_stats does not count exactly the typed relationships %s", want)
	}
	rels := query("write_batch")
	for _, rt := range extract.RelationTypes() {
		for _, write := range []string{
			"UNWIND $created." + rt + " AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:" + rt + "]->(b) SET r += row.props }",
			"UNWIND $merged." + rt + " AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:" + rt + " {key: row.key}]->(b) SET r = row.props }"} {
			if !strings.Contains(rels, write) {
				t.Errorf("write_batch has no case %q", write)
			}
		}
	}
	for _, list := range []string{"$created.", "$merged."} {
		if n := strings.Count(rels, "UNWIND "+list); n != len(extract.RelationTypes()) {
			t.Errorf("write_batch writes %d relationship types from %s, want %d", n, list, len(extract.RelationTypes()))
		}
	}
}

func TestCountQueryUsesModelNames(t *testing.T) {
	q := countQuery([]string{"Document", "State"}, "(x:%s)")
	want := "MATCH (x:Document) WITH count(*) AS n RETURN 'Document' AS name, n\nUNION ALL\nMATCH (x:State) WITH count(*) AS n RETURN 'State' AS name, n"
	if q != want {
		t.Errorf("countQuery = %q", q)
	}
}

// TestReportHintsAreAwaited checks that every index a report hints (USING INDEX) is online
// when kg import returns: a constraint's, or one ApplyImportedSchema awaits (derived by
// hintedIndexes from the reports, as Open derives it). A hint on an index that is still
// populating fails the query, so a hint on a deferred index would break that report right
// after an import. The hints and statements are read here with patterns of the test's own,
// so a derivation that missed a hint fails it.
func TestReportHintsAreAwaited(t *testing.T) {
	forNode := regexp.MustCompile(`FOR \(\w+:(\w+)\) (?:ON \(([^)]*)\)|REQUIRE (\S+) IS UNIQUE)`)
	forRel := regexp.MustCompile(`FOR \(\)-\[\w+:(\w+)\]-\(\) (?:ON \(([^)]*)\)|REQUIRE (\S+) IS UNIQUE)`)
	prop := regexp.MustCompile(`\w+\.`)
	hinted, err := reportHintedIndexes()
	if err != nil {
		t.Fatal(err)
	}
	constraints, awaited, deferred := importSchema(hinted)
	if len(constraints)+len(awaited)+len(deferred) != len(Schema()) {
		t.Fatalf("importSchema split %d statements into %d+%d+%d", len(Schema()), len(constraints), len(awaited), len(deferred))
	}
	if len(deferred) == 0 {
		t.Error("no index deferred: the import would wait for every index")
	}
	key := func(st SchemaStatement) string {
		m := forNode.FindStringSubmatch(st.Query)
		if m == nil {
			m = forRel.FindStringSubmatch(st.Query)
		}
		if m == nil {
			t.Fatalf("%s: cannot read its label and properties: %s", st.Name, st.Query)
		}
		return m[1] + "(" + prop.ReplaceAllString(m[2]+m[3], "") + ")"
	}
	online := map[string]string{} // Label(props) -> statement name, for what import awaits
	for _, st := range append(constraints, awaited...) {
		online[key(st)] = st.Name
	}
	later := map[string]string{}
	for _, st := range deferred {
		later[key(st)] = st.Name
	}
	reports, err := cypher.Reports()
	if err != nil {
		t.Fatal(err)
	}
	hint := regexp.MustCompile(`USING (?:INDEX|TEXT INDEX|RANGE INDEX) (?:SEEK )?\w+:(\w+)\(([^)]*)\)`)
	n := 0
	for _, r := range reports.All() {
		for _, m := range hint.FindAllStringSubmatch(r.Query, -1) {
			n++
			k := m[1] + "(" + m[2] + ")"
			if online[k] == "" {
				t.Errorf("%s hints %s, which kg import does not wait for", r.Name, k)
			}
			if later[k] != "" {
				t.Errorf("%s hints %s, whose index %s kg import leaves populating", r.Name, k, later[k])
			}
		}
	}
	if n == 0 {
		t.Error("no USING INDEX hint found in the reports: the pattern is out of date")
	}
}

// TestHintedIndexes checks the derivation on queries of its own: a hinted plain index is
// awaited whatever the spacing of its properties, a constraint's hint adds none, and a hint
// on what the schema does not index is an error.
func TestHintedIndexes(t *testing.T) {
	got, err := hintedIndexes(Schema(), []string{
		"MATCH (c:Claim) USING INDEX c:Claim(doc_id) WHERE c.doc_id = $d RETURN c",
		"MATCH ()-[r:VETOED]->() USING INDEX r:VETOED(first_date,key) RETURN r",
		"MATCH (a:Alias) USING INDEX SEEK a:Alias(key) WHERE a.key = $k RETURN a",
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]bool{"claim_doc_id": true, "rel_vetoed_date": true}; !maps.Equal(got, want) {
		t.Errorf("hintedIndexes = %v, want %v", got, want)
	}
	if _, err := hintedIndexes(Schema(), []string{"MATCH (c:Claim) USING INDEX c:Claim(nothing) RETURN c"}); err == nil ||
		!strings.Contains(err.Error(), "Claim(nothing)") {
		t.Errorf("a hint on no index: err = %v, want one naming Claim(nothing)", err)
	}
}
