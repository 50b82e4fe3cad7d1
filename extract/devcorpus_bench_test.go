package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkDevCorpus extracts every text of the development sets under testdata (about 950
// documents of every genre and region the project annotates), one worker: the throughput of
// real wording, beside bench/extract's generated corpus, which measures growth with size but
// repeats a few article shapes (stop 44: 4.2 MB/s here against 5.1 MB/s there, same build).
func BenchmarkDevCorpus(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skipf("no development texts under ../testdata (%v)", err)
	}
	type doc struct{ id, text string }
	docs := make([]doc, 0, len(paths))
	var size int64
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc{strings.TrimSuffix(filepath.Base(p), ".txt"), string(raw)})
		size += int64(len(raw))
	}
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			if _, err := x.Extract(ctx, Meta{ID: d.id}, d.text); err != nil {
				b.Fatalf("%s: %v", d.id, err)
			}
		}
	}
}
