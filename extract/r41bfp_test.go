package extract

import "testing"

// TestReactionInclusionNoDoer covers an act noun in an ", including" list that specifies the
// object of a verb of reacting (words.tsv reaction: "We condemn terrorist attacks in the
// strongest possible terms, including the attack on ..."): the one reacting did not do the
// act, as with the object itself ("Japan condemned the shelling of Kharkiv"); a doer the list
// item names itself still does it. Every sentence is our own.
func TestReactionInclusionNoDoer(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"a manner phrase before the list",
			"Estonia condemns terrorist attacks in the strongest possible terms, including the attack on civilians in Kharkiv on 2 March.",
			nil, []string{"ATTACKED state:EST place:kharkiv"}},
		{"a plain list",
			"Finland deplored the violence, including the attack on a hospital in Kharkiv.",
			nil, []string{"ATTACKED state:FIN place:kharkiv"}},
		{"two including lists",
			"Latvia condemned the raids, including the strikes on Odesa, including the attack on Kharkiv.",
			nil, []string{"ATTACKED state:LVA place:kharkiv", "ATTACKED state:LVA place:odesa"}},
		{"no verb of reacting: the subject acts",
			"Russia stepped up its campaign last week, including an attack on Kharkiv.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
	})
}

// TestSituationPlaceNoTarget covers a state named after "in" and a noun of a situation
// (words.tsv situation: "concern over the crisis in Myanmar", "condemned the violence in
// Myanmar"): it says where the situation is, and a stance toward the situation does not target
// it; a stance toward the state's own acts still does. Every sentence is our own.
func TestSituationPlaceNoTarget(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"concern noun over a crisis in a state",
			"Thailand expressed its deep concern over the worsening crisis in Myanmar.",
			nil, []string{"CONDEMNED state:THA state:MMR"}},
		{"condemn verb, violence in a state",
			"Malaysia strongly condemned the continued acts of violence in Myanmar.",
			nil, []string{"CONDEMNED state:MYS state:MMR"}},
		{"the state's own acts stay a target",
			"Malaysia strongly condemned Myanmar's air strikes on civilians.",
			[]string{"CONDEMNED state:MYS state:MMR"}, nil},
	})
}
