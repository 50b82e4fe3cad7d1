package extract

import "testing"

// TestPairPrepositionNames: a symmetric relation's ends after "between" or "among" (words.tsv
// class between), the first of them a long formal name that runs past the few words after the
// preposition ("between the Democratic People's Republic of Korea and the Russian Federation").
func TestPairPrepositionNames(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a formal name with an article after between",
			"The two ministers praised the partnership between the Republic of Korea and Canada.",
			[]string{"ALLY_OF state:CAN state:KOR asserted/fact"}, nil},
		{"two long formal names after between",
			"The alliance between the Democratic People's Republic of Korea and the Russian Federation has deepened.",
			[]string{"ALLY_OF state:PRK state:RUS"}, nil},
		{"among before three names",
			"Officials in Washington worried about the deepening alignment among Iran, Belarus and Venezuela.",
			[]string{"ALLY_OF state:BLR state:IRN", "ALLY_OF state:BLR state:VEN", "ALLY_OF state:IRN state:VEN"}, nil},
		{"among before the people of two states names no pair",
			"The alliance is popular among voters in Japan and Australia.",
			nil, []string{"ALLY_OF state:AUS state:JPN"}},
		{"a name several words after between is not an end of the pair",
			"They praised the partnership between the navies and the coast guards of Chile and Peru.",
			nil, []string{"ALLY_OF state:CHL state:PER"}},
	})
}
