package extract

import "testing"

// TestAbbreviationsAreData: the abbreviations whose dot ends no sentence are words.tsv's
// non-final-abbrev class, so a rules directory adds one without a Go change.
func TestAbbreviationsAreData(t *testing.T) {
	const text = "The delegation met Brig. Kim in May. Talks went on."
	count := func(x *Extractor) int {
		toks := tokenize(text)
		x.lex.lookUp(toks)
		return len(splitSentences(toks, x.lex.words))
	}
	if n := count(newTestExtractor(t)); n != 3 {
		t.Fatalf("built-in rules: %d sentences, want 3 (\"Brig.\" is no known abbreviation)", n)
	}
	dir := t.TempDir()
	writeFile(t, dir+"/words-ranks.tsv", "non-final-abbrev\tbrig\n")
	x, err := New(Options{RuleDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(x); n != 2 {
		t.Errorf("with non-final-abbrev brig: %d sentences, want 2", n)
	}
}
