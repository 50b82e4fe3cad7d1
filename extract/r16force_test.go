package extract

import "testing"

// TestCompoundModifierInTargetList: a trigger noun that only modifies a compound head
// (words.tsv compound-head: "launch sites", "test ranges") is no act of its own, so the target
// scan of an attack noun goes on past it to the locative that places the whole list, and to
// the places of targets included after ", including" (sentences of our own).
func TestCompoundModifierInTargetList(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"light verb, list ending in launch sites, a state as locative",
			"Britain conducted strikes on radar sites, drone depots and launch sites in Yemen on Tuesday.",
			[]string{"ATTACKED state:GBR state:YEM"}, nil},
		{"two coordinated subjects, against, launch positions first",
			"France and Italy carried out air strikes against launch positions and weapons depots in Syria.",
			[]string{"ATTACKED state:FRA state:SYR", "ATTACKED state:ITA state:SYR"}, nil},
		{"noun frame, included targets at named places",
			"Washington joined the strikes on Houthi targets in Yemen, including launch sites at Sanaa and Saada.",
			[]string{"ATTACKED state:USA state:YEM", "ATTACKED state:USA place:sanaa", "ATTACKED state:USA place:saada"}, nil},
		{"near miss: a launch site visited is no attack",
			"Putin toured the launch sites in Russia's Amur region with Kim.",
			nil, []string{"ATTACKED state:RUS place:amur-region", "LAUNCHED state:RUS"}},
	})
}
