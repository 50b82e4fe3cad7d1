package extract

import "testing"

// TestCoordCoref7 covers the meetings, visits and signings of the seventh round (learned from
// the misses of testdata/heldout6 and heldout7) and the mechanisms under them: lists on either
// side and references back. Each case is a sentence of our own in the family, with near misses.
func TestCoordCoref7(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"a title and a famous surname name the namesake introduced under that title",
			"Minister of National Defense Kim Min-jae met General John Carter on Monday. Minister Kim visited Tokyo on 30 September.",
			[]string{"VISITED person:kim-min-jae place:tokyo"}, []string{"VISITED person:kim-jong-un place:tokyo"}},
		{"another title keeps the famous bearer",
			"Minister of Unification Kim Min-jae spoke in Seoul. Chairman Kim visited Wonsan on Friday.",
			[]string{"VISITED person:kim-jong-un place:wonsan"}, []string{"VISITED person:kim-min-jae place:wonsan"}},
		{"a namesake under the title in a later sentence is not the one meant",
			"Minister Kim visited Beijing on Friday. Defence Minister Kim Min-jae spoke in Seoul.",
			nil, []string{"VISITED person:kim-min-jae place:beijing"}},
	})
}
