package extract

import "testing"

// TestRegionalBodies: regional bodies whose names carry no head word the shape recogniser reads
// (entities-groups.tsv, stop 43) are Institutions, "the Great Lakes Region" inside a body's name
// is no Place, and their members are found; "CAN" and "GUAM" are no aliases. The sentences are
// our own.
func TestRegionalBodies(t *testing.T) {
	checkEntities(t, []entCase{
		{"bodies without a head word",
			"Tanzania and Burundi, both members of the East African Community, backed the Berlin Process and Mercosur talks.",
			[]string{"inst:eac", "inst:berlin-process", "inst:mercosur"}, nil},
		{"a conference named for a region is no Place",
			"The International Conference on the Great Lakes Region (ICGLR) met in Luanda.",
			[]string{"inst:icglr"}, []string{"place:great-lakes-region"}},
		{"near miss: a plain 'can' and the island of Guam",
			"Peru can rely on the Bucharest Nine, and U.S. bombers flew from Guam.",
			[]string{"inst:bucharest-nine"}, []string{"inst:andean-community", "inst:guam"}},
	})
	checkRelations(t, "2024-05-01", []relCase{
		{"members of a body the gazetteer now knows",
			"Paraguay and Uruguay are members of Mercosur.",
			[]string{"MEMBER_OF state:PRY inst:mercosur", "MEMBER_OF state:URY inst:mercosur"}, nil},
		{"leaving a body",
			"Georgia left the Commonwealth of Independent States in 2009.",
			[]string{"MEMBER_OF state:GEO inst:cis"}, nil},
	})
}
