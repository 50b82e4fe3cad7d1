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

// TestStruckSiteInTown: a named site struck, past the lower-case head noun that completes its
// name, stands in the place named after a locative, which is struck too; deploying to a base
// near a town deploys to the base only (sentences of our own).
func TestStruckSiteInTown(t *testing.T) {
	checkRelations(t, "2024-07-12", []relCase{
		{"verb, a named hospital in a city",
			"Russian missiles hit the Okhmatdyt children's hospital in Kyiv on Monday morning.",
			[]string{"ATTACKED state:RUS place:okhmatdyt", "ATTACKED state:RUS place:kyiv"}, nil},
		{"noun with on, possessor source, the site's name alone",
			"Kyiv condemned Moscow's attack on the Okhmatdyt hospital in Kyiv, which killed two adults.",
			[]string{"ATTACKED state:RUS place:okhmatdyt", "ATTACKED state:RUS place:kyiv"}, nil},
		{"near miss: a base near a town troops leave",
			"U.S. forces completed their withdrawal from Air Base 201 near Agadez in August.",
			nil, []string{"DEPLOYED state:USA place:agadez"}},
	})
}

// TestEarlierStrikesHit: a definite strike noun as the subject of a verb of hitting, or of the
// relative clause after it, stands for the strikes stated before: their doers struck the places
// the verb's object lies at, past a list of up to three-word site nouns ("drone storage
// depots"). With no strikes stated before, the noun names nobody (sentences of our own).
func TestEarlierStrikesHit(t *testing.T) {
	checkRelations(t, "2024-01-12", []relCase{
		{"relative clause after the definite noun, a list of sites near places",
			"Britain and the United States launched air strikes on Houthi targets in Yemen on Thursday. The strikes, which hit radar stations, ammunition storage depots and missile launch sites near Sanaa and Hodeidah, drew condemnation from Iran.",
			[]string{"ATTACKED state:GBR place:sanaa", "ATTACKED state:USA place:hodeidah"}, nil},
		{"main clause, one site noun near a city",
			"Israel struck targets in Syria overnight. The strikes hit air defence batteries near Damascus, the army said.",
			[]string{"ATTACKED state:ISR place:damascus"}, nil},
		{"near miss: no strikes stated before",
			"The strikes, which hit radar sites near Sanaa, were condemned by Iran on Friday.",
			nil, []string{"ATTACKED state:IRN place:sanaa"}},
	})
}
