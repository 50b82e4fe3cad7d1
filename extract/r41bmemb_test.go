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

// TestSeatAsRole: a seat only the Security Council has (triggers.tsv body-default rows), held
// by the name a fronted "as" role phrase describes, also after a partitive ("As one of the
// five permanent members, X"); a fronted clause of time is no role.
func TestSeatAsRole(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a fronted role phrase with a partitive",
			"The Security Council met on Tuesday. As one of the five permanent members, France has a special duty to act.",
			[]string{"MEMBER_OF state:FRA inst:unsc"}, nil},
		{"a fronted role phrase",
			"The Security Council met on Tuesday. As a non-permanent member, Ecuador voted for the text.",
			[]string{"MEMBER_OF state:ECU inst:unsc"}, nil},
		{"a fronted clause of time",
			"The Security Council met on Tuesday. As the permanent members argued, Kenya called for restraint.",
			nil, []string{"MEMBER_OF state:KEN inst:unsc"}},
	})
}

// TestCoordinationWithin: coordination within a named body is done by its members
// (triggers.tsv MEMBER_OF noun "coordination", to=within, prep-only).
func TestCoordinationWithin(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"the owners of the coordination, after of",
			"The two ministers praised the close coordination of India and South Africa within BRICS.",
			[]string{"MEMBER_OF state:IND inst:brics", "MEMBER_OF state:ZAF inst:brics"}, nil},
		{"the clause subject coordinates within the body",
			"Brazil and Argentina agreed to deepen their coordination within the G20.",
			[]string{"MEMBER_OF state:ARG inst:g20", "MEMBER_OF state:BRA inst:g20"}, nil},
		{"coordination with a state names no body",
			"Egypt praised its coordination with Qatar on the talks.",
			nil, []string{"MEMBER_OF state:EGY state:QAT"}},
		{"cooperation within a company's projects is no membership",
			"The sides discussed economic cooperation, including within Rosatom projects in Hungary.",
			nil, []string{"MEMBER_OF state:HUN inst:rosatom"}},
	})
}
