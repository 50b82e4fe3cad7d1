package extract

import (
	"context"
	"strings"
	"testing"
)

// structCase is one sentence-level case: relDetail prefixes that must be present and relKey
// values that must be absent.
type structCase struct {
	name string
	text string
	want []string
	not  []string
}

// checkStructCases runs each case through the extractor on a fixed reference date.
func checkStructCases(t *testing.T, cases []structCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, c := range cases {
		doc, err := x.Extract(context.Background(), Meta{ID: "t", Published: "2024-06-01"}, c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		keys := map[string]bool{}
		for _, r := range doc.Relations {
			got = append(got, relDetail(r))
			keys[relKey(r)] = true
		}
		for _, w := range c.want {
			found := false
			for _, g := range got {
				if strings.HasPrefix(g, w) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: want %q; got %q", c.name, w, got)
			}
		}
		for _, n := range c.not {
			if keys[n] {
				t.Errorf("%s: do not want %q; got %q", c.name, n, got)
			}
		}
	}
}

// TestMilitaryStructure: deployments, attacks, launches, supply and membership in the
// constructions official and agency writers use (sentences of our own).
func TestMilitaryStructure(t *testing.T) {
	checkStructCases(t, []structCase{
		// A place after its state's possessive: the troops went to both.
		{"deployed to a state's region names the state too",
			"Pyongyang deployed about 3,000 soldiers to Russia's Kursk region in October.",
			[]string{"DEPLOYED state:PRK place:kursk", "DEPLOYED state:PRK state:RUS"}, nil},
		{"passive participle of deployment to a state's region",
			"Officers commanded the North Korean troops stationed in Russia's Belgorod region.",
			[]string{"DEPLOYED state:PRK state:RUS"}, nil},
		{"sent forces to a state's city",
			"Canada has sent 400 troops to Latvia's capital Riga.",
			[]string{"DEPLOYED state:CAN state:LVA"}, nil},
		{"a place the possessor does not hold adds nothing",
			"Moscow moved troops to Ukraine's Kursk operation zone.",
			nil, []string{"DEPLOYED state:RUS state:UKR"}},
	})
}
