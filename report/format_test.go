package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sample covers every kind of value a report returns: text with a line break and a pipe,
// lists, null, numbers, booleans, a node and a path whose second hop points backwards.
func sample() Table {
	lavrov := Node{Labels: []string{"Entity", "Person"}, Properties: map[string]any{"id": "person:sergey-lavrov", "name": "Sergey Lavrov"}, elementID: "n1"}
	kim := Node{Labels: []string{"Entity", "Person"}, Properties: map[string]any{"id": "person:kim-jong-un", "name": "Kim Jong Un"}, elementID: "n2"}
	prk := Node{Labels: []string{"Entity", "State"}, Properties: map[string]any{"id": "state:PRK", "name": "North Korea"}, elementID: "n3"}
	path := Path{Nodes: []Node{lavrov, kim, prk}, Rels: []Rel{
		{Type: "MET_WITH", Properties: map[string]any{"dates": []any{"2024-10-18"}}, startID: "n1", endID: "n2", Start: "Sergey Lavrov", End: "Kim Jong Un"},
		{Type: "OFFICIAL_OF", Properties: map[string]any{"roles": []any{"leader"}}, startID: "n2", endID: "n3", Start: "Kim Jong Un", End: "North Korea"},
	}}
	back := Path{Nodes: []Node{prk, kim}, Rels: []Rel{{Type: "OFFICIAL_OF", startID: "n2", endID: "n3"}}}
	return Table{
		Columns: []string{"who", "dates", "claims", "share", "denied", "evidence", "node", "path"},
		Rows: [][]any{
			{"Sergey Lavrov", []any{"2018", "2024-10-18"}, int64(2), 0.5, false,
				"on October 18, 2024, Russia's Foreign Minister\nSergei Lavrov embarked on a visit | to North Korea", lavrov, path},
			{"Vladimir Putin", []any{}, int64(1), nil, true, "Putin has yet to do so", nil, back},
		},
	}
}

func TestFormatsGolden(t *testing.T) {
	for _, tt := range []struct {
		format string
		opts   Options
	}{
		{"table", Options{Width: 80}},
		{"table-unlimited", Options{}},
		{"csv", Options{}},
		{"json", Options{}},
		{"markdown", Options{}},
	} {
		t.Run(tt.format, func(t *testing.T) {
			var b bytes.Buffer
			format, _, _ := strings.Cut(tt.format, "-")
			if err := Write(&b, sample(), format, tt.opts); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "sample."+tt.format+".golden")
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./report -run TestFormatsGolden -update writes it)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s output differs from %s:\n%s", tt.format, golden, b.String())
			}
		})
	}
}

func TestEmptyAndUnknown(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, Table{Columns: []string{"a"}}, "json", Options{}); err != nil || b.String() != "[]\n" {
		t.Errorf("empty json = %q, %v", b.String(), err)
	}
	b.Reset()
	if err := Write(&b, Table{Columns: []string{"a", "b"}}, "table", Options{}); err != nil || b.String() != "a | b\n--+--\n(0 rows)\n" {
		t.Errorf("empty table = %q, %v", b.String(), err)
	}
	if err := Write(&b, Table{}, "xml", Options{}); err == nil || err.Error() != `unknown format "xml"; want one of table, csv, json, markdown` {
		t.Errorf("unknown format: %v", err)
	}
}

// TestTableFits renders tables at several widths and reads every cell back whole.
func TestTableFits(t *testing.T) {
	long := "On October 18, 2024, Russia's Foreign Minister Sergei Lavrov embarked on a visit to North Korea, " +
		"his second in little over a year, after Vladimir Putin's own trip to Pyongyang in June 2024; " +
		"a word longer than any line: " + strings.Repeat("x", 130) + "."
	tables := map[string]Table{
		"sample": sample(),
		"long evidence": {Columns: []string{"src", "relation", "dst", "evidence"}, Rows: [][]any{
			{"Russia", "VISITED", "North Korea", long},
			{"North Korea", "SUPPLIED", "Russia", []any{long, "short"}},
		}},
		"constant and empty columns": {Columns: []string{"entity", "relation", "items", "evidence"}, Rows: [][]any{
			{"North Korea", "SUPPLIED", []any{}, long},
			{"North Korea", "VISITED", nil, "Lavrov visited."},
		}},
		"many columns": {Columns: []string{"a_long_header_one", "a_long_header_two", "a_long_header_three", "a_long_header_four", "evidence"}, Rows: [][]any{
			{"x", "y", "z", "w", long},
			{"x2", "y2", "z2", "w2", "short"},
		}},
		"one row": {Columns: []string{"who", "evidence"}, Rows: [][]any{{"Lavrov", long}}},
		"no rows": {Columns: []string{"who", "evidence"}},
	}
	for name, tab := range tables {
		for _, w := range []int{0, 40, 80, 120} {
			var b bytes.Buffer
			if err := Write(&b, tab, "table", Options{Width: w}); err != nil {
				t.Fatal(err)
			}
			if err := CheckTable(tab, b.String(), w); err != nil {
				t.Errorf("%s at width %d: %v\n%s", name, w, err, b.String())
			}
		}
	}
}

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want []string
	}{
		{"", 5, []string{""}},
		{"a b c", 0, []string{"a b c"}},
		{"one two three", 7, []string{"one two", "three"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"ab abcdefgh c", 4, []string{"ab", "abcd", "efgh", "c"}},
		{"VISITED|MET_WITH|VETOED", 12, []string{"VISITED|", "MET_WITH|", "VETOED"}},
	} {
		if got := wrap(tt.in, tt.n); !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// FuzzTableFits renders two rows of arbitrary text at an arbitrary width: no line may pass the
// width (from 40 columns up) and every cell must read back whole, in table or block layout.
func FuzzTableFits(f *testing.F) {
	f.Add("Russia", "On March 29, 2024, Russia vetoed the renewal | of the panel.", "2024-03-29", "x", 80)
	f.Add("", strings.Repeat("word ", 60), "", strings.Repeat("y", 200), 40)
	f.Add("a: b", "--- 1 of 2 ---", "c   d", "evidence: e", 120)
	f.Fuzz(func(t *testing.T, a, b, c, d string, w int) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) || !utf8.ValidString(c) || !utf8.ValidString(d) {
			// Neo4j strings are UTF-8; the renderer counts runes.
			t.Skip()
		}
		w = 40 + abs(w)%200
		tab := Table{Columns: []string{"src", "evidence", "dates", "other"}, Rows: [][]any{
			{a, b, []any{c, d}, d},
			{c, a, nil, b},
		}}
		var out bytes.Buffer
		if err := Write(&out, tab, "table", Options{Width: w}); err != nil {
			t.Fatal(err)
		}
		if err := CheckTable(tab, out.String(), w); err != nil {
			t.Fatalf("width %d: %v\n%s", w, err, out.String())
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
