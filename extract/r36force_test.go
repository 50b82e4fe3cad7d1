package extract

import "testing"

// TestTroopsOfAStateForce: troops named as members of a state's armed force ("soldiers of the
// Korean People's Army") belong to that force's state, which deploys them where an agentless
// passive moves them, as "soldiers of the army of the DPRK" do (sentences of our own).
func TestTroopsOfAStateForce(t *testing.T) {
	checkRelations(t, "2024-12-20", []relCase{
		{"agentless passive, present perfect, a possessed place",
			"Some 3,000 soldiers of the Korean People's Army have been sent to Russia's Kursk region.",
			[]string{"DEPLOYED state:PRK place:kursk", "DEPLOYED state:PRK state:RUS"}, nil},
		{"agentless passive, past, units of the force",
			"Two brigades of the Korean People's Army were stationed in Russia last month.",
			[]string{"DEPLOYED state:PRK state:RUS"}, nil},
		{"the force's acronym, adverb in the verb group",
			"Thousands of troops of the KPA have reportedly been moved to Russia since October.",
			[]string{"DEPLOYED state:PRK state:RUS"}, nil},
	})
}

// TestToBeforeAVerb: "to" followed by a verb and a possessive pronoun opens an infinitive,
// not the recipient of a supply verb ("gives X an opportunity to test its weapons"); the
// pronoun is the verb's object's possessor (sentences of our own).
func TestToBeforeAVerb(t *testing.T) {
	checkRelations(t, "2024-12-20", []relCase{
		{"near miss: an opportunity to test its weapons",
			"The war gives Pyongyang a chance to test its missiles against Western air defences, analysts said.",
			nil, []string{"SUPPLIED state:PRK state:PRK"}},
		{"near miss: a subject, an opportunity to improve its drones",
			"Russia gives Iran an opportunity to improve its drones on the battlefield.",
			nil, []string{"SUPPLIED state:RUS state:IRN"}},
		{"the pronoun as the object of to",
			"Iran shipped more drones to Russia last month and promised further deliveries to its partner.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
	})
}
