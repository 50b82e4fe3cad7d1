package graph

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-analytics/kg/extract"
)

func TestAppendValue(t *testing.T) {
	for _, c := range []struct {
		v         any
		kind      string
		want      string // the field as written; "" for an empty list (no property)
		multiline bool
		wantErr   string
	}{
		{"a \"b\"", "string", `"a ""b"""`, false, ""},
		{"", "string", `""`, false, ""},
		{"two\nlines", "string", "\"two\nlines\"", true, ""},
		{7, "long", `"7"`, false, ""},
		{int64(-8), "long", `"-8"`, false, ""},
		{true, "boolean", `"true"`, false, ""},
		{time.Date(2026, 12, 2, 1, 2, 3, 400, time.FixedZone("x", 3600)), "datetime", `"2026-12-02T00:02:03.0000004Z"`, false, ""},
		{[]string{"x", "", "y"}, "string[]", "\"x\x1f\x1fy\"", false, ""},
		{[]string{"a\"", "b\r"}, "string[]", "\"a\"\"\x1fb\r\"", true, ""},
		{[]string{}, "string[]", "", false, ""},
		{[]bool{true, false}, "boolean[]", "\"true\x1ffalse\"", false, ""},
		{[]bool{}, "boolean[]", "", false, ""},
		{[]string{"a\x1fb"}, "string[]", "", false, "array delimiter"},
		{"x", "long", "", false, "column of type long"},
		{3.5, "string", "", false, "no CSV form"},
	} {
		var f csvFile
		got, err := f.appendValue([]byte("x,"), c.v, c.kind)
		if c.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("appendValue(%#v, %s): error %v, want one containing %q", c.v, c.kind, err, c.wantErr)
			}
			continue
		}
		if err != nil || string(got) != "x,"+c.want || f.multiline != c.multiline {
			t.Errorf("appendValue(%#v, %s) = %q (multiline %v), %v; want %q (%v)", c.v, c.kind, got, f.multiline, err, "x,"+c.want, c.multiline)
		}
	}
}

// Two documents naming one entity give it one row: the first document's name and type, every
// type as a label, the union of surface forms as aliases and of alias keys as ALIAS_OF links;
// a relationship stated in both gets one row with the aggregate of both claims.
func TestBulkMergesDocuments(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "csv")
	b, err := NewBulk(dir, time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	doc := func(id, name, surface string) extract.Document {
		return extract.Document{Meta: extract.Meta{ID: id, SHA256: id},
			Sentences: []extract.Sentence{{Index: 0, Text: surface + " sanctioned Russia."}},
			Entities: []extract.Entity{{ID: "state:USA", Type: extract.TypeState, Name: name},
				{ID: "state:RUS", Type: extract.TypeState, Name: "Russia"}},
			Mentions: []extract.Mention{{EntityID: "state:USA", Sentence: 0, Surface: surface},
				{EntityID: "state:RUS", Sentence: 0, Surface: "Russia"}},
			Relations: []extract.Relation{{Type: extract.RelSanctioned, Src: "state:USA", Dst: "state:RUS",
				Polarity: extract.Asserted, Modality: extract.Fact, Sentence: 0}}}
	}
	for _, d := range []extract.Document{doc("d1", "United States", "Washington"), doc("d2", "USA", "the U.S.")} {
		if err := b.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Add(doc("d1", "x", "y")); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("a document added twice: %v", err)
	}
	// An undated role: its period's first and last dates are [""], which the CSV cannot hold.
	official := extract.Document{Meta: extract.Meta{ID: "d3", SHA256: "d3"},
		Sentences: []extract.Sentence{{Index: 0, Text: "Minister Lavrov of Russia."}},
		Entities: []extract.Entity{{ID: "person:lavrov", Type: extract.TypePerson, Name: "Lavrov"},
			{ID: "state:RUS", Type: extract.TypeState, Name: "Russia"}},
		Relations: []extract.Relation{{Type: extract.RelOfficialOf, Src: "person:lavrov", Dst: "state:RUS", Role: "Minister",
			Polarity: extract.Asserted, Modality: extract.Fact, Sentence: 0}}}
	if err := b.Add(official); err != nil {
		t.Fatal(err)
	}
	st, err := b.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 3 || st.Entities != 3 || st.Relationships != 2 || st.Claims != 3 {
		t.Errorf("stats %+v", st)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if got := read("entities.csv"); !strings.Contains(got, `"Entity`+"\x1f"+`State","state:USA","State","United States","Washington`+"\x1f"+`the U.S.",`) {
		t.Errorf("entities.csv:\n%s", got)
	}
	// Nodes are numbered per ID group (--id-type=integer); links name those numbers.
	nums := func(name string, col int) map[string]string {
		rows, err := csv.NewReader(strings.NewReader(read(name))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, r := range rows[1:] {
			m[r[0]] = r[col]
		}
		return m
	}
	entity, alias := nums("entities.csv", 2), nums("aliases.csv", 2)
	links := map[string]bool{}
	for a, e := range nums("alias_of.csv", 1) {
		links[alias[a]+" -> "+entity[e]] = true
	}
	for _, k := range []string{"state:usa", "united states", "usa", "washington", "the us"} {
		if !links[k+" -> state:USA"] {
			t.Errorf("alias_of.csv lacks %s: %v", k, links)
		}
	}
	rel := read("rel-sanctioned.csv")
	ends := nums("rel-sanctioned.csv", 1)
	if len(ends) != 1 || !strings.Contains(rel, `,"SANCTIONED","state:USA|SANCTIONED|state:RUS",,`) ||
		!strings.Contains(rel, `"d1`+"\x1f"+`d2"`) || !strings.Contains(rel, `,"2","2","0",`) {
		t.Errorf("rel-sanctioned.csv:\n%s", rel)
	}
	for src, dst := range ends {
		if entity[src] != "state:USA" || entity[dst] != "state:RUS" {
			t.Errorf("rel-sanctioned.csv joins %s and %s", entity[src], entity[dst])
		}
	}
	// Empty lists are no property on both sides (kg build stores none either), so the import
	// leaves nothing to set afterwards for them.
	if _, err := os.Stat(filepath.Join(dir, "empty-lists.tsv")); !os.IsNotExist(err) {
		t.Errorf("empty-lists.tsv written (%v): empty lists need no pass after the import", err)
	}
	want := `{"owner":"OFFICIAL_OF","key":"person:lavrov|OFFICIAL_OF|state:RUS","prop":"period_first","value":[""]}`
	if got := read(ListFixesFile); !strings.Contains(got, want) {
		t.Errorf("%s lacks %s:\n%s", ListFixesFile, want, got)
	}
}

// NameWords derives the words entity_words.cypher derives (the import writes them in its CSV
// files; TestImportThenBuildEqualsBuild checks the result against a build) and leaves names
// outside ASCII to that query.
func TestNameWords(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
		ok   bool
	}{
		{"United Nations Security Council", []string{"united", "nations", "security", "council"}, true},
		{"U.S. Department of State", []string{"department", "state"}, true},
		{"Jean-Yves Le Drian", []string{"jean", "yves", "drian"}, true},
		{"Bench  State  State 12", []string{"bench", "state"}, true},
		{"NATO", []string{"nato"}, true},
		{"Kim", nil, true},
		{"Türkiye", nil, false},
	} {
		got, ok := NameWords(c.name)
		if ok != c.ok || !slices.Equal(got, c.want) {
			t.Errorf("NameWords(%q) = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}
