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
		{"a list of participants whose titles hold 'of' and 'for'",
			"Spanish Minister of Defence Ana Ruiz, Peruvian Secretary of National Defense Jorge Vidal, and Japanese Minister for Foreign Affairs Tanaka Hiro met in Lima on Monday.",
			[]string{"MET_WITH person:ana-ruiz person:jorge-vidal", "MET_WITH person:ana-ruiz person:tanaka-hiro", "MET_WITH person:jorge-vidal person:tanaka-hiro"}, nil},
		{"two titled members without a serial comma, in the past perfect",
			"Chilean Minister of Foreign Affairs Jorge Vidal and U.S. Secretary of State Marco Rubio had met in Santiago.",
			[]string{"MET_WITH person:jorge-vidal person:marco-rubio"}, nil},
		{"a titled subject of another clause is no member",
			"Minister of Defence Ana Ruiz spoke in Lima, and Secretary of State Jorge Vidal met Prime Minister Tanaka Hiro.",
			[]string{"MET_WITH person:jorge-vidal person:tanaka-hiro"}, []string{"MET_WITH person:ana-ruiz person:jorge-vidal", "MET_WITH person:ana-ruiz person:tanaka-hiro"}},
		{"a title with 'for' before the subject of a meeting",
			"Minister for Foreign Affairs Elina Ruiz held a telephone call today with Foreign Minister Jorge Vidal. Minister for Defence Tanaka Hiro met President Ana Lopez in Lima.",
			[]string{"MET_WITH person:elina-ruiz person:jorge-vidal", "MET_WITH person:ana-lopez person:tanaka-hiro"}, nil},
		{"'for' before a name outside a title still opens a phrase",
			"President Ana Lopez met Foreign Minister Jorge Vidal, and talks for Tanaka Hiro were postponed.",
			[]string{"MET_WITH person:ana-lopez person:jorge-vidal"}, []string{"MET_WITH person:jorge-vidal person:tanaka-hiro"}},
	})
}
