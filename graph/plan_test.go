package graph

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kg-analytics/kg/extract"
)

func TestRelKey(t *testing.T) {
	for _, tc := range []struct{ typ, src, dst, want string }{
		{"SUPPLIED", "state:PRK", "state:RUS", "state:PRK|SUPPLIED|state:RUS"},
		{"SUPPLIED", "state:RUS", "state:PRK", "state:RUS|SUPPLIED|state:PRK"},
		{"MET_WITH", "person:putin", "person:kim", "person:kim|MET_WITH|person:putin"},
		{"ALLY_OF", "state:RUS", "state:PRK", "state:PRK|ALLY_OF|state:RUS"},
	} {
		if got := RelKey(tc.typ, tc.src, tc.dst); got != tc.want {
			t.Errorf("RelKey(%s, %s, %s) = %q, want %q", tc.typ, tc.src, tc.dst, got, tc.want)
		}
	}
}

func validDoc() extract.Document {
	return extract.Document{
		Meta:      extract.Meta{ID: "d1", SHA256: "abc"},
		Sentences: []extract.Sentence{{Index: 0, Text: "Putin met Kim."}, {Index: 1, Text: "He left."}},
		Entities: []extract.Entity{
			{ID: "person:putin", Type: "Person", Name: "Vladimir Putin"},
			{ID: "person:kim", Type: "Person", Name: "Kim Jong Un"},
		},
		Mentions: []extract.Mention{
			{EntityID: "person:putin", Sentence: 0, Surface: "Putin"},
			{EntityID: "person:kim", Sentence: 0, Surface: "Kim"},
			{EntityID: "person:putin", Sentence: 1, Surface: "He", Coref: true},
		},
		Relations: []extract.Relation{{Type: "MET_WITH", Src: "person:putin", Dst: "person:kim",
			Polarity: "asserted", Modality: "fact", Sentence: 0}},
	}
}

func TestPlanDocument(t *testing.T) {
	p, err := planDocument(validDoc())
	if err != nil {
		t.Fatal(err)
	}
	if len(p.claims) != 1 {
		t.Fatalf("claims = %d, want 1", len(p.claims))
	}
	c := p.claims[0]
	if c.Src != "person:kim" || c.Dst != "person:putin" || c.relKey != "person:kim|MET_WITH|person:putin" {
		t.Errorf("undirected claim not ordered: %+v", c)
	}
	if got := p.entities[0]; got.ID != "person:kim" || !reflect.DeepEqual(got.Surfaces, []string{"Kim"}) {
		t.Errorf("first entity = %+v, want person:kim with surface Kim", got)
	}
	// An anaphor is a mention (kept, flagged) but no alias of its entity.
	if got := p.entities[1]; !reflect.DeepEqual(got.Surfaces, []string{"Putin"}) {
		t.Errorf("second entity = %+v, want only the name Putin as its surface, not the pronoun", got)
	}
	if m := p.mentions[2]; m.Surface != "He" || !m.Coref {
		t.Errorf("the pronoun's mention = %+v, want it kept and flagged coref", m)
	}
	// The same statement twice in one sentence is one claim; its id does not depend on
	// the order of the ends of an undirected relation.
	d := validDoc()
	d.Relations = append(d.Relations, extract.Relation{Type: "MET_WITH", Src: "person:kim", Dst: "person:putin",
		Polarity: "asserted", Modality: "fact", Sentence: 0})
	p2, err := planDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(p2.claims) != 1 || p2.claims[0].props["id"] != c.props["id"] {
		t.Errorf("duplicate statement gave %d claims", len(p2.claims))
	}
}

func TestPlanDocumentRejects(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(*extract.Document)
		want   string
	}{
		{"entity type outside schema", func(d *extract.Document) { d.Entities[0].Type = "Person) DETACH DELETE (n" }, `has type "Person) DETACH DELETE (n"`},
		{"relation type outside schema", func(d *extract.Document) { d.Relations[0].Type = "LIKES" }, `type "LIKES"`},
		{"unknown entity in relation", func(d *extract.Document) { d.Relations[0].Dst = "person:nobody" }, `unknown entity "person:nobody"`},
		{"unknown entity in mention", func(d *extract.Document) { d.Mentions[0].EntityID = "x" }, `unknown entity "x"`},
		{"unknown sentence", func(d *extract.Document) { d.Relations[0].Sentence = 7 }, "unknown sentence 7"},
		{"duplicate sentence", func(d *extract.Document) { d.Sentences = append(d.Sentences, d.Sentences[0]) }, "appears twice"},
		{"no id", func(d *extract.Document) { d.ID = "" }, "no id"},
		{"conflicting entity types", func(d *extract.Document) {
			d.Entities = append(d.Entities, extract.Entity{ID: "person:kim", Type: "State"})
		}, "both Person and State"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := validDoc()
			tc.mutate(&d)
			_, err := planDocument(d)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	ref := relRef{Key: "state:PRK|SUPPLIED|state:RUS", Type: "SUPPLIED", Src: "state:PRK", Dst: "state:RUS"}
	got := aggregate(ref, []claimFacts{
		{ID: "c2", Item: "weapon:shell", Polarity: "asserted", Modality: "reported", SentenceID: "b#3", DocID: "b", Dates: []string{"2023-09", "2023"}},
		{ID: "c1", Item: "weapon:missile", Polarity: "denied", Modality: "fact", SentenceID: "a#1", DocID: "a", Dates: []string{"2024-01-02"}},
		{ID: "c3", Item: "weapon:shell", Polarity: "asserted", Modality: "reported", SentenceID: "a#1", DocID: "a"},
	})
	want := map[string]any{
		"key": ref.Key, "dates": []string{"2023", "2023-09", "2024-01-02"},
		"items":      []string{"weapon:missile", "weapon:shell"}, // no roles: an empty list is no property
		"polarities": []string{"asserted", "denied"}, "modalities": []string{"fact", "reported"},
		"sentence_ids": []string{"a#1", "b#3"}, "doc_ids": []string{"a", "b"}, "claim_ids": []string{"c1", "c2", "c3"},
		"claim_count": 3, "asserted": 2, "denied": 1, "first_date": "2023", "last_date": "2024-01-02",
		"contested": true,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("aggregate =\n%v\nwant\n%v", got, want)
	}
	if got["contested"] != true {
		t.Error("asserted and denied claims: contested not set")
	}
	if _, ok := got["undated"]; ok {
		t.Error("undated set on a dated relationship")
	}
	one := aggregate(ref, []claimFacts{{ID: "c", Polarity: "asserted"}})
	if _, ok := one["first_date"]; ok {
		t.Error("first_date set without dates")
	}
	if one["undated"] != true {
		t.Error("undated not set without dates")
	}
	for _, k := range []string{"dates", "items", "roles"} {
		if v, ok := one[k]; ok {
			t.Errorf("%s = %v stored: an empty list is no property (the importer cannot store one)", k, v)
		}
	}
	officials := aggregate(relRef{Key: "person:x|OFFICIAL_OF|state:RUS", Type: "OFFICIAL_OF", Src: "person:x", Dst: "state:RUS"},
		[]claimFacts{{ID: "c", Polarity: "asserted"}})
	for _, k := range []string{"period_keys", "period_roles", "period_first", "period_last", "period_past"} {
		if v, ok := officials[k]; ok {
			t.Errorf("OFFICIAL_OF without roles: %s = %v stored", k, v)
		}
	}
	if _, ok := one["contested"]; ok {
		t.Error("contested set on a relationship no claim denies")
	}
	if _, ok := aggregate(ref, []claimFacts{{ID: "c", Polarity: "denied"}})["contested"]; ok {
		t.Error("contested set on a relationship no claim asserts")
	}
}

func TestAliasKeys(t *testing.T) {
	got := aliasKeys("state:PRK", "North Korea", []string{"D.P.R.K.", "DPRK", "North Korea"})
	want := []string{"dprk", "north korea", "state:prk"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("aliasKeys = %v, want %v", got, want)
	}
}

// driverForm turns properties as the writer sends them into what the driver reads back:
// lists as []any, integers as int64.
func driverForm(props map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range props {
		switch x := v.(type) {
		case []string:
			l := make([]any, len(x))
			for i, s := range x {
				l[i] = s
			}
			out[k] = l
		case []bool:
			l := make([]any, len(x))
			for i, b := range x {
				l[i] = b
			}
			out[k] = l
		case int:
			out[k] = int64(x)
		default:
			out[k] = v
		}
	}
	return out
}

// Adding claims to a stored relationship's properties must give what aggregating all the
// claims gives, however the claims were split between what is stored and what is new.
func TestStoredAggregatesPlusClaims(t *testing.T) {
	ref := relRef{Key: "state:PRK|SUPPLIED|state:RUS", Type: "SUPPLIED", Src: "state:PRK", Dst: "state:RUS"}
	claims := []claimFacts{
		{ID: "c2", Item: "weapon:shell", Polarity: "asserted", Modality: "reported", SentenceID: "b#3", DocID: "b", Dates: []string{"2023-09", "2023"}},
		{ID: "c1", Item: "weapon:missile", Polarity: "denied", Modality: "fact", SentenceID: "a#1", DocID: "a", Dates: []string{"2024-01-02"}},
		{ID: "c3", Item: "weapon:shell", Polarity: "asserted", Modality: "reported", SentenceID: "a#1", DocID: "a"},
		{ID: "c4", Role: "envoy", Polarity: "hedged", Modality: "fact", SentenceID: "c#0", DocID: "c", Dates: []string{"2022"}},
		{ID: "c5", Polarity: "asserted", Modality: "fact", SentenceID: "d#2", DocID: "d", Dates: []string{"2023-09"}},
	}
	want := aggregate(ref, claims)
	for split := 1; split < len(claims); split++ {
		a := storedAggregates(driverForm(aggregate(ref, claims[:split])))
		for _, c := range claims[split:] {
			a.add(c)
		}
		if got := a.props(ref); !reflect.DeepEqual(got, want) {
			t.Errorf("stored %d claims + %d new =\n%v\nwant\n%v", split, len(claims)-split, got, want)
		}
	}
	if incremental(extract.RelOfficialOf) {
		t.Error("OFFICIAL_OF role periods need every claim; it must be recomputed in full")
	}
}

func TestPlanScans(t *testing.T) {
	for _, tc := range []struct {
		name       string
		ops        []string
		wholeGraph bool
		want       int
	}{
		{"index seek", []string{"ProduceResults entity", "NodeUniqueIndexSeek UNIQUE entityAlias:Alias(key) WHERE key = $autostring_0"}, false, 0},
		{"all nodes", []string{"Filter e:Entity", "AllNodesScan e"}, false, 1},
		{"alias scan", []string{"NodeByLabelScan a:Alias"}, false, 1},
		{"label scan in an entity report", []string{"NodeByLabelScan o:Entity"}, false, 0},
		{"label scan in a whole-graph report", []string{"NodeByLabelScan e:Entity"}, true, 1},
		{"type scan", []string{"DirectedRelationshipTypeScan (a)-[r:VETOED]->(b)", "UndirectedRelationshipTypeScan (a)-[r:ALLY_OF]-(b)"}, true, 2},
		{"all relationships", []string{"DirectedAllRelationshipsScan (a)-[r]->(b)", "UndirectedAllRelationshipsScan (a)-[r]-(b)"}, false, 2},
		{"partitioned all nodes", []string{"PartitionedAllNodesScan n"}, false, 1},
		{"union of label scans", []string{"UnionNodeByLabelsScan e:State|Person"}, true, 1},
		{"intersection of label scans", []string{"IntersectionNodeByLabelsScan e:State&Entity"}, true, 1},
		{"label scan under a seek", []string{"NodeIndexSeekByRange RANGE INDEX w:NameWord(size) WHERE size >= $a"}, true, 0},
		{"ordered index scan", []string{"PartialTop e.name ASC", "NodeIndexScan RANGE INDEX e:Entity(degree) WHERE degree IS NOT NULL"}, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := PlanScans(tc.ops, tc.wholeGraph); len(got) != tc.want {
				t.Errorf("PlanScans = %q, want %d problems", got, tc.want)
			}
		})
	}
}

// TestHashJSONIsMarshal checks that the graph hash's hand-written JSON is json.Marshal's, on
// which the graph_sha256 of stored documents was computed: strings it writes itself and
// strings it leaves to json.Marshal (quotes, HTML characters, control characters, non-ASCII,
// invalid UTF-8), every property a claim or document may have, and missing lists.
func TestHashJSONIsMarshal(t *testing.T) {
	odd := []string{`say "no"`, `back\slash`, "<b>&amp;</b>", "tab\there\nline\r\x00\x1f\x7f", "Пхеньян 平壤 \u2028",
		"bad \xff utf-8", ""}
	docs := []extract.Document{validDoc(), {Meta: extract.Meta{ID: "empty"}}}
	for i, s := range odd {
		d := validDoc()
		d.ID = "d" + s
		d.Title, d.Source, d.Published, d.Authors, d.RefDate = s, "wire "+s, "2024-06-19", []string{s, "b"}, "2024-06-19"
		d.Sentences[0].Text = s
		d.Entities[0].Name = s + " Putin"
		d.Mentions[0].Surface = s + "x"
		d.Relations[0].Dates = []string{"2024-06-19", s}
		d.Relations[0].Item, d.Relations[0].Role, d.Relations[0].Attribution = "person:kim", s, s
		d.Relations[0].Quantity, d.Relations[0].Rule, d.Relations[0].RoleKey, d.Relations[0].Past = s, "r"+s, s, i%2 == 0
		docs = append(docs, d)
	}
	for _, d := range docs {
		p, err := planDocument(d)
		if err != nil {
			t.Fatal(err)
		}
		claims := make([]map[string]any, len(p.claims)) // as the hash was always made: never nil
		for i, c := range p.claims {
			claims[i] = c.props
		}
		want, err := json.Marshal(struct {
			Props     map[string]any
			Sentences []sentenceRow
			Mentions  []mentionRow
			Entities  []entityRow
			Claims    []map[string]any
		}{p.props, p.sentences, p.mentions, p.entities, claims})
		if err != nil {
			t.Fatal(err)
		}
		if got := p.hashJSON(); string(got) != string(want) {
			t.Errorf("document %q: hashJSON\n%s\nwant json.Marshal's\n%s", d.ID, got, want)
		}
	}
}

// BenchmarkHashJSON times the graph hash's JSON on the seed documents as extracted: real
// texts, mentions, entities and claims.
func BenchmarkHashJSON(b *testing.B) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("seed documents: %v (%d files)", err, len(files))
	}
	var plans []docPlan
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := x.Extract(context.Background(), extract.Meta{ID: filepath.Base(f), SHA256: "abc"}, string(text))
		if err != nil {
			b.Fatal(err)
		}
		p, err := planDocument(d)
		if err != nil {
			b.Fatal(err)
		}
		plans = append(plans, p)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range plans {
			p.hashJSON()
		}
	}
}
