package extract

import "testing"

// TestR16Anaph covers singular anaphora across sentences in round 16: a definite event noun as
// the object of a stance or reaction verb names the doers of the event stated before. A noun
// of several relations ("the deployment": of troops, or of a satellite into orbit) is the
// event of the relation stated LAST, not of the first relation its trigger rows list. Each
// case is our own sentence, across relation types, with near misses that must not fire.
func TestR16Anaph(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"'the deployment' after a launch and then a troop deployment is the deployment",
			"North Korea fired two ballistic missiles into the sea on Tuesday. Russia deployed troops to Belarus in March. Poland protested the deployment.",
			[]string{"CONDEMNED state:POL state:RUS"}, []string{"CONDEMNED state:POL state:PRK"}},
		{"the same order of events, the reaction in the present perfect",
			"Iran launched three missiles at Israel on Sunday. Belarus stationed Russian-made jets in Grodno last month. Lithuania has condemned the deployment.",
			nil, []string{"CONDEMNED state:LTU state:IRN"}},
		{"an intervening event of the same kind: the latest doer",
			"Russia deployed troops to Belarus in March. China deployed warships to the Taiwan Strait in April. Japan criticised the deployment.",
			[]string{"CONDEMNED state:JPN state:CHN"}, []string{"CONDEMNED state:JPN state:RUS"}},
		{"a sale stated before a launch: 'the sale' is still the sale",
			"The United States sold F-16 jets to Taiwan in May. North Korea fired a missile on Monday. Beijing condemned the sale.",
			[]string{"CONDEMNED state:CHN state:USA"}, []string{"CONDEMNED state:CHN state:PRK"}},
		{"sanctions then a strike: 'the move' is the latest act",
			"The United States imposed sanctions on Iran on Friday. Israel struck targets in Syria on Sunday. Tehran denounced the move.",
			[]string{"CONDEMNED state:IRN state:ISR"}, []string{"CONDEMNED state:IRN state:USA"}},
		{"no event stated before: the noun names nobody",
			"Poland protested the deployment on Monday.",
			nil, []string{"CONDEMNED state:POL state:RUS", "CONDEMNED state:POL state:PRK"}},
		{"an event noun of another kind than the one stated: no doer",
			"North Korea fired two ballistic missiles into the sea on Tuesday. Seoul condemned the sale.",
			nil, []string{"CONDEMNED state:KOR state:PRK"}},
	})
}
