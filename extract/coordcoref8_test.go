package extract

import "testing"

// TestCoordCoref8 covers the meetings, visits and officials of the eighth round (learned from
// the misses of testdata/heldout8 and heldout9) and the mechanisms under them. Each case is a
// sentence of our own in the family, with near misses.
func TestCoordCoref8(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"a meeting's object is a title owned by a body, with the name after its comma",
			"President Ana Lopez met with the Secretary General of the Alliance of Andes, Tomas Berg, in Lima.",
			[]string{"MET_WITH person:ana-lopez person:tomas-berg"}, nil},
		{"a title owned by a state, in talks and in a call",
			"Prime Minister Jorge Vidal held talks with the Minister for Foreign Affairs of Chile, Elena Ruiz. Chancellor Olaf Berg spoke by phone with the Minister of Defence of Peru, Tanaka Hiro.",
			[]string{"MET_WITH person:elena-ruiz person:jorge-vidal", "MET_WITH person:olaf-berg person:tanaka-hiro"}, nil},
		{"'the Minister' before 'for' opens a title, not a reference back to the minister named before",
			"Minister for Defence Jorge Vidal arrived in Santiago on Monday. The Minister held a meeting with the Minister for Foreign Affairs of Chile, Elena Ruiz.",
			[]string{"MET_WITH person:elena-ruiz person:jorge-vidal"}, nil},
		{"a lower-case description holding a state names no office",
			"President Ana Lopez met the people of Chile, Jorge Vidal said.",
			nil, []string{"MET_WITH person:ana-lopez person:jorge-vidal"}},
		{"a title owned by a state with a speech verb after the name is no object",
			"President Ana Lopez met with the Minister of Defence of Peru, Jorge Vidal said on Monday.",
			nil, []string{"MET_WITH person:ana-lopez person:jorge-vidal"}},
		{"a conjunct named after the description of its office",
			"Prime Minister Jorge Vidal and the Foreign Minister of Chile, Elena Ruiz, held talks in Lima. President Tanaka Hiro and the Secretary General of the Alliance of Andes, Tomas Berg, met on Friday.",
			[]string{"MET_WITH person:elena-ruiz person:jorge-vidal", "MET_WITH person:tanaka-hiro person:tomas-berg"}, nil},
		{"a description without a conjunction before it joins nothing",
			"Prime Minister Jorge Vidal said that the Foreign Minister of Chile, Elena Ruiz, held talks in Lima.",
			nil, []string{"MET_WITH person:elena-ruiz person:jorge-vidal"}},
		{"participants listed by side meet across the sides and hold office for their side's state",
			"The meeting was held in Lima. From the Spanish side, Ms. Ana Ruiz, Minister for Foreign Affairs, and Mr. Jorge Vidal, Minister of Defence, attended, and from the Peruvian side, Hon. Tanaka Hiro, Minister of Foreign Affairs, attended.",
			[]string{"MET_WITH person:ana-ruiz person:tanaka-hiro", "MET_WITH person:jorge-vidal person:tanaka-hiro",
				"OFFICIAL_OF person:ana-ruiz state:ESP", "OFFICIAL_OF person:jorge-vidal state:ESP", "OFFICIAL_OF person:tanaka-hiro state:PER"},
			[]string{"MET_WITH person:ana-ruiz person:jorge-vidal"}},
		{"a delegation on each side, in the present",
			"On the Chilean delegation, President Elena Soto leads, while on the Argentine delegation, Foreign Minister Pablo Diaz joins.",
			[]string{"MET_WITH person:elena-soto person:pablo-diaz"}, nil},
		{"one side alone names no meeting",
			"From the Spanish side, Ms. Ana Ruiz, Minister for Foreign Affairs, and Mr. Jorge Vidal, Minister of Defence, attended.",
			nil, []string{"MET_WITH person:ana-ruiz person:jorge-vidal"}},
		{"an object pronoun stands for the other person, not its own clause's subject",
			"President Ana Lopez met Prime Minister Jorge Vidal and invited him to visit Lima. Chancellor Olaf Berger welcomed President Tanaka Hiro. Olaf Berger invited him to visit Berlin.",
			[]string{"VISITED person:jorge-vidal place:lima", "VISITED person:tanaka-hiro place:berlin"},
			[]string{"VISITED person:ana-lopez place:lima", "VISITED person:olaf-berger place:berlin"}},
		{"a state as the clause's subject leaves the person named before as the object",
			"Chile's envoy to Peru, Jorge Vidal, praised the raid; Peru summoned him on Friday.",
			[]string{"CONDEMNED state:PER person:jorge-vidal"}, nil},
		{"a body's role with its brief after 'for', then a rank and the name",
			"The Coast Guard of Chile spokesperson for the Southern Sea, Commodore Pablo Diaz, said the ship left. The NATO Representative for the Caucasus, Ambassador Elena Soto, arrived in Baku.",
			[]string{"OFFICIAL_OF person:pablo-diaz inst:coast-guard-of-chile", "OFFICIAL_OF person:elena-soto inst:nato"}, nil},
		{"a brief in lower case is another phrase",
			"The NATO spokesperson for security reasons, Elena Soto, declined to comment.",
			nil, nil},
	})
}
