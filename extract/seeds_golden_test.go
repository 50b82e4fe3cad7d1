package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedsGolden pins the whole extraction of the seed corpus: any rule change shows up as
// a reviewable diff of testdata/seeds.golden.jsonl (go test ./extract -run TestSeedsGolden -update).
func TestSeedsGolden(t *testing.T) {
	x := newTestExtractor(t)
	paths, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds found: %v", err)
	}
	var buf bytes.Buffer
	w, err := NewWriter(&buf, FormatJSONL, OutputOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		doc, err := x.Extract(context.Background(), Meta{ID: id}, string(raw))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if err := w.Write(doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "seeds.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		got, exp := strings.Split(buf.String(), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(got) && i < len(exp); i++ {
			if got[i] != exp[i] {
				t.Fatalf("seed output differs from %s at line %d:\n got: %s\nwant: %s", golden, i+1, got[i], exp[i])
			}
		}
		t.Fatalf("seed output differs from %s: %d lines, want %d", golden, len(got), len(exp))
	}
}
