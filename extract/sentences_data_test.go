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

// TestSentenceStartersAreData: the capitalised words that show a dotted abbreviation ended its
// sentence are words.tsv's sentence-starter class; any other capital goes on the sentence.
func TestSentenceStartersAreData(t *testing.T) {
	const text = "The envoy flew to the D.P.R.K. Officials met him there."
	count := func(x *Extractor) int {
		toks := tokenize(text)
		x.lex.lookUp(toks)
		return len(splitSentences(toks, x.lex.words))
	}
	if n := count(newTestExtractor(t)); n != 1 {
		t.Fatalf("built-in rules: %d sentences, want 1 (\"Officials\" is no sentence starter)", n)
	}
	dir := t.TempDir()
	writeFile(t, dir+"/words-starters.tsv", "sentence-starter\tofficials\n")
	x, err := New(Options{RuleDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(x); n != 2 {
		t.Errorf("with sentence-starter officials: %d sentences, want 2", n)
	}
}
