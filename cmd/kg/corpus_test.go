package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Made-up wire copy for the build tests: every sentence states one relation the extractor
// knows (states, officials, weapons from extract/data), with a date, so documents carry
// claims, mentions and typed relationships. Nothing here is reporting; it is test text.
var (
	corpusActors = []string{"Russia", "North Korea", "China", "Iran", "Belarus", "Japan", "South Korea", "the United States"}
	corpusPeople = []string{"Sergey Lavrov", "Kim Jong Un", "Vladimir Putin"}
	corpusMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

// corpusSentence is sentence i of document doc.
func corpusSentence(doc, i int) string {
	a := corpusActors[(doc+i)%len(corpusActors)]
	b := corpusActors[(doc+3*i+1)%len(corpusActors)]
	if a == b {
		b = corpusActors[(doc+3*i+2)%len(corpusActors)]
	}
	date := fmt.Sprintf("%s %d, %d", corpusMonths[(doc+i)%12], 1+(doc*7+i)%28, 2020+(doc+i)%5)
	switch i % 5 {
	case 0:
		return fmt.Sprintf("%s condemned %s on %s.", capital(a), b, date)
	case 1:
		return fmt.Sprintf("%s imposed sanctions on %s on %s.", capital(a), b, date)
	case 2:
		return fmt.Sprintf("%s visited %s on %s.", corpusPeople[(doc+i)%len(corpusPeople)], strings.TrimPrefix(b, "the "), date)
	case 3:
		return fmt.Sprintf("%s supplied artillery shells to %s in %s %d, officials said.", capital(a), b, corpusMonths[(doc+i)%12], 2020+(doc+i)%5)
	default:
		return fmt.Sprintf("%s met %s in Moscow on %s.", corpusPeople[(doc+i)%len(corpusPeople)], corpusPeople[(doc+i+1)%len(corpusPeople)], date)
	}
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// corpusDoc is the text of document doc with n sentences, a few per paragraph.
func corpusDoc(doc, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(corpusSentence(doc, i))
		if i%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

// writeCorpus writes docs documents of n sentences each into a new folder and returns it.
func writeCorpus(t *testing.T, docs, n int) string {
	t.Helper()
	dir := t.TempDir()
	for d := 0; d < docs; d++ {
		path := filepath.Join(dir, fmt.Sprintf("wire-%04d.txt", d))
		if err := os.WriteFile(path, []byte(corpusDoc(d, n)), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCorpusExtracts(t *testing.T) {
	dir := writeCorpus(t, 2, 10)
	out, stderr, code := runKG(t, "", "extract", "--format", "jsonl", dir)
	if code != 0 {
		t.Fatalf("kg extract: exit %d: %s", code, stderr)
	}
	rels := strings.Count(out, `"kind":"relation"`)
	if rels < 15 {
		t.Fatalf("the test corpus gives %d relations in 20 sentences, want most of them:\n%s", rels, out)
	}
}
