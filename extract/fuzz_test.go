package extract

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary bytes through input validation and the whole pipeline, then
// through the jsonl writer. It checks that nothing panics and that the result keeps the
// contract the graph loader and the scorer rely on: offsets inside the text, sentence
// indexes in range, relations between entities of the document, types from the schema.
//
//	go test ./extract -run '^$' -fuzz FuzzExtract -fuzztime 2m
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(data[:len(data)/3]) // cut mid-sentence, maybe mid-rune
	}
	for _, s := range []string{
		"", " ", "\ufeff", "\x00", "abc\xff", "\xe2\x80", ".", "...", "?!", "\n\n\n",
		"On January 16th, the D.P.R.K. sent Foreign Minister Choe Son Hui to meet with Russian Foreign Minister Sergey Lavrov.",
		"Kim Jong Un's North Korea and Vladimir Putin's Russia signed the treaty on 19 June 2024.",
		"U.S. U.S U.S.A. D.P.R.K.D.P.R.K. Mr. Dr. St. No. 5.",
		"“They did transfer a significant amount of artillery ammunition…This allowed Russia to breathe.”",
		"Russia vetoed the UN Security Council resolution; China abstained.",
		"since August 2023-09-12 2024-13-45 31/02/2023 1999 99999 on 0 January",
		"ΟΔΥΣΣΕΑΣ İstanbul ǅ ﬁ \u200b\u200d\u2028\u2029 \u0301\u0301 \U0001F600",
		"Kim Kim Kim Kim Kim Kim Kim Kim Kim Kim Kim Kim Kim Kim Kim Kim",
		"North Korea (DPRK (Democratic People’s Republic of Korea)) — Russia’s ally",
	} {
		f.Add([]byte(s))
	}
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	entityTypes, relationTypes := EntityTypes(), RelationTypes()
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := ValidateText(data)
		if err != nil {
			if utf8.Valid(data) && len(data) > 0 && !containsNUL(data) && !blank(data) {
				t.Fatalf("valid text rejected: %v", err)
			}
			return
		}
		doc, err := x.Extract(context.Background(), Meta{ID: "fuzz"}, text)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		for i, s := range doc.Sentences {
			if s.Index != i {
				t.Fatalf("sentence %d has index %d", i, s.Index)
			}
			if s.Start < 0 || s.Start > s.End || s.End > len(text) {
				t.Fatalf("sentence %d offsets [%d,%d) outside text of %d bytes", i, s.Start, s.End, len(text))
			}
		}
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			if !slices.Contains(entityTypes, e.Type) {
				t.Fatalf("entity %s has type %q outside the schema", e.ID, e.Type)
			}
			if e.ID == "" || ids[e.ID] {
				t.Fatalf("entity id %q empty or repeated", e.ID)
			}
			ids[e.ID] = true
		}
		for _, m := range doc.Mentions {
			if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("mention %q offsets [%d,%d) outside text of %d bytes", m.Surface, m.Start, m.End, len(text))
			}
			if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
				t.Fatalf("mention %q in sentence %d of %d", m.Surface, m.Sentence, len(doc.Sentences))
			}
			if !ids[m.EntityID] {
				t.Fatalf("mention %q of unknown entity %q", m.Surface, m.EntityID)
			}
		}
		for _, r := range doc.Relations {
			if !slices.Contains(relationTypes, r.Type) {
				t.Fatalf("relation type %q outside the schema", r.Type)
			}
			if r.Sentence < 0 || r.Sentence >= len(doc.Sentences) {
				t.Fatalf("%s relation in sentence %d of %d", r.Type, r.Sentence, len(doc.Sentences))
			}
			if !ids[r.Src] || !ids[r.Dst] || (r.Item != "" && !ids[r.Item]) {
				t.Fatalf("%s relation %s -> %s (item %q) refers to an entity the document lacks", r.Type, r.Src, r.Dst, r.Item)
			}
			if r.Polarity != Asserted && r.Polarity != Denied {
				t.Fatalf("polarity %q", r.Polarity)
			}
			if r.Modality != Fact && r.Modality != Reported && r.Modality != Speculative {
				t.Fatalf("modality %q", r.Modality)
			}
		}
		w, _ := NewWriter(io.Discard, FormatJSONL, OutputOptions{Sentences: true})
		if err := w.Write(doc); err != nil {
			t.Fatalf("writing: %v", err)
		}
	})
}

func containsNUL(data []byte) bool { return slices.Contains(data, 0) }

func blank(data []byte) bool {
	for _, r := range string(data) {
		if r != '\ufeff' && !isSpace(r) {
			return false
		}
	}
	return true
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
