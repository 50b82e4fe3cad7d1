package extract

import (
	"context"
	"strings"
	"testing"
)

// TestEventRelations checks the wording of attacks, deployments, sanctions, signatures,
// supplies and launches on sentences of our own (not from any corpus): each case lists
// relations that must be found (relDetail prefixes) and relations that must not (relKey).
func TestEventRelations(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"an attack verb makes the capital the place struck",
			"Moscow shelled Kharkiv overnight, and Israel bombed Beirut on Monday.",
			[]string{"ATTACKED state:RUS place:kharkiv asserted/fact", "ATTACKED state:ISR place:beirut asserted/fact"},
			[]string{"ATTACKED state:RUS state:UKR", "ATTACKED state:ISR state:LBN"}},
		{"a capital without an attack verb before it is still the government",
			"Beijing condemned Washington on Monday after Ottawa targeted Chinese firms.",
			[]string{"CONDEMNED state:CHN state:USA asserted/fact"}, nil},
	}
	for _, c := range cases {
		checkRelations(t, x, c.name, c.text, c.want, c.not)
	}
}

// checkRelations extracts text and checks that every want (a relDetail prefix) is present
// and no relation in not (relKey) is.
func checkRelations(t *testing.T, x *Extractor, name, text string, want, not []string) {
	t.Helper()
	doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-06-01"}, text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	keys := map[string]bool{}
	for _, r := range doc.Relations {
		got = append(got, relDetail(r))
		keys[relKey(r)] = true
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, w)
		}
		if !found {
			t.Errorf("%s: want %q; got %q", name, w, got)
		}
	}
	for _, n := range not {
		if keys[n] {
			t.Errorf("%s: do not want %q; got %q", name, n, got)
		}
	}
}
