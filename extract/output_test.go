package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// sampleDocs are hand-built extraction results: the writers are tested on fixed documents,
// not on whatever the rules currently find.
func sampleDocs() []Document {
	text := "Russia & North Korea <signed> a treaty.\nKim met Putin in Pyongyang on 19 June 2024."
	return []Document{{
		Meta:    Meta{ID: "doc-a", Title: "Ties deepen", Authors: []string{"A. Writer"}, Source: "Example Times", Published: "2024-06-20", Path: "in/doc-a.txt", SHA256: "00ff"},
		RefDate: "2024-06-20",
		Sentences: []Sentence{
			{Index: 0, Start: 0, End: 39, Text: text[:39]},
			{Index: 1, Start: 40, End: len(text), Text: text[40:]},
		},
		// Deliberately out of order: writers sort entities by id.
		Entities: []Entity{
			{ID: "state:RUS", Type: TypeState, Name: "Russia", Surfaces: []string{"Russia"}},
			{ID: "person:kim-jong-un", Type: TypePerson, Name: "Kim Jong Un", Surfaces: []string{"Kim"}},
			{ID: "agr:treaty", Type: TypeAgreement, Name: "treaty", Surfaces: nil},
			{ID: "state:PRK", Type: TypeState, Name: "North Korea", Surfaces: []string{"North Korea", "DPRK"}},
			{ID: "person:vladimir-putin", Type: TypePerson, Name: "Vladimir Putin", Surfaces: []string{"Putin"}},
			{ID: "place:pyongyang", Type: TypePlace, Name: "Pyongyang", Surfaces: []string{"Pyongyang"}},
		},
		Mentions: []Mention{{EntityID: "state:RUS", Sentence: 0, Start: 0, End: 6, Surface: "Russia"}},
		Relations: []Relation{
			{Type: RelMetWith, Src: "person:kim-jong-un", Dst: "person:vladimir-putin", Dates: []string{"2024-06-19", "2024-06"}, Polarity: Asserted, Modality: Fact, Sentence: 1, Evidence: text[40:], Rule: "met"},
			{Type: RelSigned, Src: "state:RUS", Dst: "agr:treaty", Polarity: Denied, Modality: Reported, Attribution: "TASS", Sentence: 0, Evidence: "Russia & North Korea <signed>\n a treaty."},
			{Type: RelSupplied, Src: "state:PRK", Dst: "state:RUS", Item: "weapon:artillery-shell", Quantity: "a million", Dates: []string{"2023-08"}, Polarity: Asserted, Modality: Speculative, Sentence: 0, Evidence: "x"},
			{Type: RelOfficialOf, Src: "person:vladimir-putin", Dst: "state:RUS", Role: "President", Polarity: Asserted, Modality: Fact, Sentence: 1, Evidence: "y"},
		},
	}, {
		Meta: Meta{ID: "doc-b"},
	}}
}

func TestWritersGolden(t *testing.T) {
	tests := []struct {
		name   string
		format string
		opts   OutputOptions
	}{
		{"jsonl", FormatJSONL, OutputOptions{}},
		{"jsonl-sentences", FormatJSONL, OutputOptions{Sentences: true}},
		{"json", FormatJSON, OutputOptions{}},
		{"text", FormatText, OutputOptions{}},
		{"text-sentences", FormatText, OutputOptions{Sentences: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := NewWriter(&buf, tt.format, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range sampleDocs() {
				if err := w.Write(d); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "output", tt.name+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestWritersGolden -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s:\n%s", golden, buf.String())
			}
		})
	}
}

// TestJSONLContract checks the records against SCHEMA.md "Extractor output" field by field,
// independently of the golden file: one record per date, null date without dates, entity
// records before relation records, every document's records together.
func TestJSONLContract(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, FormatJSONL, OutputOptions{})
	for _, d := range sampleDocs() {
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	var entities, relations int
	seenRelation := false
	dates := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not JSON: %s", line)
		}
		if rec["doc"] != "doc-a" {
			t.Fatalf("record of unknown doc: %s", line)
		}
		switch rec["kind"] {
		case "entity":
			if seenRelation {
				t.Fatalf("entity after relations: %s", line)
			}
			entities++
			for _, k := range []string{"id", "type", "name"} {
				if _, ok := rec[k].(string); !ok {
					t.Errorf("entity without string %q: %s", k, line)
				}
			}
			if _, ok := rec["surfaces"].([]any); !ok {
				t.Errorf("entity surfaces not a list: %s", line)
			}
		case "relation":
			seenRelation = true
			relations++
			for _, k := range []string{"type", "src", "dst", "polarity", "modality", "evidence"} {
				if _, ok := rec[k].(string); !ok {
					t.Errorf("relation without string %q: %s", k, line)
				}
			}
			if _, ok := rec["sentence"].(float64); !ok {
				t.Errorf("relation without sentence index: %s", line)
			}
			d, present := rec["date"]
			if !present {
				t.Errorf("relation without date key: %s", line)
			}
			ds, _ := d.(string)
			dates[rec["type"].(string)+" "+ds]++
		default:
			t.Fatalf("unexpected kind: %s", line)
		}
	}
	if entities != 6 || relations != 5 {
		t.Errorf("got %d entities and %d relation records, want 6 and 5", entities, relations)
	}
	for _, want := range []string{"MET_WITH 2024-06-19", "MET_WITH 2024-06", "SIGNED ", "SUPPLIED 2023-08", "OFFICIAL_OF "} {
		if dates[want] != 1 {
			t.Errorf("want one %q record, got %d (%v)", want, dates[want], dates)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := NewWriter(&bytes.Buffer{}, "xml", OutputOptions{}); err == nil || !strings.Contains(err.Error(), "xml") {
		t.Fatalf("want an error naming the format, got %v", err)
	}
}
