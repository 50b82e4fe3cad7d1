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
		{"a date with 'that' between the place left and the destination",
			"Prime Minister Ana Ruiz left Lisbon later that day for Madrid.",
			[]string{"VISITED person:ana-ruiz place:madrid"}, []string{"VISITED person:ana-ruiz place:lisbon"}},
		{"'that' as a complement after a date stays a boundary",
			"President Jorge Vidal said early that morning that Chile would send aid to Peru.",
			nil, []string{"VISITED person:jorge-vidal state:PER"}},
		{"a demonym, a lower-case modifier and a place noun before 'of' + the place",
			"Foreign Minister Sergey Lavrov arrived in the Chinese coastal city of Qingdao on Friday. Prime Minister Ana Ruiz landed in the Spanish port city of Valencia.",
			[]string{"VISITED person:sergey-lavrov place:qingdao", "VISITED person:ana-ruiz place:valencia"}, nil},
		{"a modifier without a place noun before 'of' names no place",
			"Foreign Minister Sergey Lavrov arrived in the Chinese capital with a delegation of Russian officials.",
			nil, []string{"VISITED person:sergey-lavrov place:qingdao"}},
		{"a host greets a guest: a meeting, and the guest's presence at the place",
			"President Ana Ruiz greeted Foreign Minister Tanaka Hiro at Barajas Airport, and Prime Minister Jorge Vidal was greeted at the Moncloa Palace by King Felipe.",
			[]string{"MET_WITH person:ana-ruiz person:tanaka-hiro", "VISITED person:tanaka-hiro place:barajas-airport",
				"VISITED person:jorge-vidal place:moncloa-palace"}, nil},
		{"greeting a decision is no meeting",
			"President Ana Ruiz greeted the decision of Prime Minister Jorge Vidal with relief.",
			nil, []string{"MET_WITH person:ana-ruiz person:jorge-vidal"}},
	})
}
