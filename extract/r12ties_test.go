package extract

import (
	"context"
	"strings"
	"testing"
)

// TestR12TiesDashNames: an en dash glued inside a name is read as a hyphen by the rules
// (gluedDashes) but the name keeps the writer's dash, so it aligns with the text's spelling.
// The sentences are our own.
func TestR12TiesDashNames(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct{ text, want, not string }{
		{"The leaders signed the Astana Declaration of the EU\u2013Central Asia Summit on Monday.",
			"Astana Declaration of the EU\u2013Central Asia Summit", "EU-Central Asia Summit"},
		{"Ministers will open the Africa\u2013Caribbean Secretariat in Accra next year.",
			"Africa\u2013Caribbean Secretariat", "Africa-Caribbean Secretariat"},
		// a writer's hyphen stays a hyphen
		{"Ministers will open the Africa-Caribbean Secretariat in Accra next year.",
			"Africa-Caribbean Secretariat", "Africa\u2013Caribbean Secretariat"},
	} {
		doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-05-01"}, c.text)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range doc.Entities {
			names = append(names, e.Surfaces...)
		}
		all := strings.Join(names, "|")
		if !strings.Contains(all, c.want) || strings.Contains(all, c.not) {
			t.Errorf("%q: surfaces %q, want %q and not %q", c.text, names, c.want, c.not)
		}
	}
}
