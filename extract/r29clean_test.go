package extract

import "testing"

// TestEndingClasses: the regular endings the rules read off a word (words.tsv
// participle-ending, past-ending) come from the data; a class's entry must be one word's
// ending.
func TestEndingClasses(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := x.lex.words
	for _, tc := range []struct {
		c    endingClass
		word string
		want bool
	}{
		{eParticiple, "supporting", true}, {eParticiple, "supports", false},
		{ePast, "called", true}, {ePast, "said", false}, {ePast, "calls", false},
	} {
		if got := w.ends(tc.c, tc.word); got != tc.want {
			t.Errorf("ends(%s, %q) = %v, want %v", endingClassNames[tc.c], tc.word, got, tc.want)
		}
	}
	if _, err := compileWords([]tsvRow{{fields: []string{"past-ending", "ed|e d"}, where: "words.tsv:1"}}); err == nil {
		t.Error("an ending with a space was accepted")
	}
}
