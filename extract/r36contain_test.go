package extract

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// panicsOn returns relation rules that fail with an index out of range in the sentence that
// opens with word, as a rule with a bug would, and run the real rules elsewhere.
func panicsOn(x *Extractor, word string) func(*sentenceCtx) []Relation {
	return func(sc *sentenceCtx) []Relation {
		if sc.tokens[sc.a].Text == word {
			var none []Relation
			return none[:sc.b-sc.a+1] // slice bounds out of range
		}
		return x.relationRules(sc)
	}
}

// TestSentencePanicContained: a bug in the relation rules that panics in one sentence costs
// that sentence's relations; the document keeps its entities, mentions and the other
// sentences' relations, and carries a warning naming it and the sentence.
func TestSentencePanicContained(t *testing.T) {
	text := "France condemned the Russian strike on Kyiv. Poland supplied Leopard tanks to Ukraine. Germany condemned Russia on Friday."
	meta := Meta{ID: "doc-7", Published: "2024-05-03"}
	want, err := newTestExtractor(t).Extract(context.Background(), meta, text)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if !slices.ContainsFunc(want.Relations, func(r Relation) bool { return r.Sentence == i }) {
			t.Fatalf("sentence %d states no relation before any failure: the test needs one in each (%+v)", i, want.Relations)
		}
	}
	x := newTestExtractor(t)
	x.relate = panicsOn(x, "Poland")
	got, err := x.Extract(context.Background(), meta, text)
	if err != nil {
		t.Fatal(err)
	}
	kept := slices.DeleteFunc(slices.Clone(want.Relations), func(r Relation) bool { return r.Sentence == 1 })
	if !slices.EqualFunc(got.Relations, kept, relationEqual) {
		t.Errorf("relations\n got %+v\nwant %+v", got.Relations, kept)
	}
	if !slices.EqualFunc(got.Entities, want.Entities, func(a, b Entity) bool { return a.ID == b.ID }) || len(got.Mentions) != len(want.Mentions) {
		t.Errorf("entities or mentions changed: %+v", got.Entities)
	}
	if len(got.Warnings) != 1 {
		t.Fatalf("warnings %q, want one", got.Warnings)
	}
	for _, part := range []string{"doc-7: sentence 1: ", "slice bounds out of range", " at r36contain_test.go:"} {
		if !strings.Contains(got.Warnings[0], part) {
			t.Errorf("warning %q lacks %q", got.Warnings[0], part)
		}
	}
	if len(want.Warnings) != 0 {
		t.Errorf("warnings without a failure: %q", want.Warnings)
	}
}

func relationEqual(a, b Relation) bool {
	return a.Type == b.Type && a.Src == b.Src && a.Dst == b.Dst && a.Sentence == b.Sentence && slices.Equal(a.Dates, b.Dates)
}

// TestSentencePanicInRun: through Run, a sentence's failure leaves the document extracted (no
// Err, counted as a document) with a warning naming the file it was read from.
func TestSentencePanicInRun(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.txt")
	if err := os.WriteFile(path, []byte("Japan condemned the launch by North Korea. Canada condemned North Korea too.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x := newTestExtractor(t)
	x.relate = panicsOn(x, "Canada")
	var got []Result
	sum, err := Run(context.Background(), x, []Input{{Meta: Meta{ID: "brief", Path: path}}}, RunOptions{Workers: 1}, func(r Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil || sum.Docs != 1 || sum.Failed != 0 || len(got) != 1 || got[0].Err != nil {
		t.Fatalf("run: %v, summary %+v, results %+v", err, sum, got)
	}
	doc := got[0].Doc
	if len(doc.Relations) == 0 || slices.ContainsFunc(doc.Relations, func(r Relation) bool { return r.Sentence == 1 }) {
		t.Errorf("relations %+v: want the first sentence's only", doc.Relations)
	}
	if len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0], path+": sentence 1: ") {
		t.Errorf("warnings %q, want one naming %s and sentence 1", doc.Warnings, path)
	}
}
