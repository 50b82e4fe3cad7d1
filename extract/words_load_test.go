package extract

import (
	"strings"
	"testing"
)

// TestCompileWordsPhrases: a class of single words is looked up one token at a time, so a
// phrase in it is refused at load (it could never match); the phrase classes take phrases.
func TestCompileWordsPhrases(t *testing.T) {
	cases := []struct {
		name    string
		class   string
		words   string
		wantErr string
	}{
		{"single words", "conceal", "hide|hides", ""},
		{"phrase in a word class", "conceal", "hide|cover up", `"cover up" is a phrase`},
		{"phrase class", "attribution", "according to", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := compileWords([]tsvRow{{fields: []string{c.class, c.words}, where: "words.tsv:1"}})
			if c.wantErr == "" {
				if err != nil {
					t.Fatalf("compileWords: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.wantErr) || !strings.Contains(err.Error(), "words.tsv:1") {
				t.Fatalf("compileWords error = %v, want one naming words.tsv:1 and %s", err, c.wantErr)
			}
		})
	}
}
