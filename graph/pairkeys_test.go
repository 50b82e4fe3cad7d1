package graph

import (
	"slices"
	"testing"

	"github.com/kg-analytics/kg/extract"
)

// pairKeys must list each key a relationship between two entities can have exactly once:
// pair_links counts matches, so a missing key loses a neighbour and a repeated one counts a
// relationship twice.
func TestPairKeys(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       map[string][]string // for two types; every type must be present
	}{
		{"two entities", "state:PRK", "state:RUS", map[string][]string{
			"SUPPLIED": {"state:PRK|SUPPLIED|state:RUS", "state:RUS|SUPPLIED|state:PRK"},
			"MET_WITH": {"state:PRK|MET_WITH|state:RUS"},
		}},
		{"ends given the other way", "state:RUS", "state:PRK", map[string][]string{
			"SUPPLIED": {"state:RUS|SUPPLIED|state:PRK", "state:PRK|SUPPLIED|state:RUS"},
			"MET_WITH": {"state:PRK|MET_WITH|state:RUS"},
		}},
		{"an entity related to itself", "state:RUS", "state:RUS", map[string][]string{
			"SUPPLIED": {"state:RUS|SUPPLIED|state:RUS"},
			"MET_WITH": {"state:RUS|MET_WITH|state:RUS"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pairKeys(tc.a, tc.b)
			if len(got) != len(extract.RelationTypes()) {
				t.Errorf("%d types, want %d", len(got), len(extract.RelationTypes()))
			}
			for typ, want := range tc.want {
				if keys, _ := got[typ].([]string); !slices.Equal(keys, want) {
					t.Errorf("%s: %q, want %q", typ, keys, want)
				}
			}
			for typ, v := range got {
				keys, _ := v.([]string)
				if len(slices.Compact(slices.Clone(keys))) != len(keys) || len(keys) == 0 {
					t.Errorf("%s: keys %q", typ, keys)
				}
			}
		})
	}
}
