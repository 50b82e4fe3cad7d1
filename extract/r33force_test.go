package extract

import "testing"

// TestR33ForceImplicitRecipient: an active, finite supply of named weapons whose clause names
// no recipient and no target preposition goes to the target of the document's latest supply
// asserted before it, fact or reported (sentences of our own).
func TestR33ForceImplicitRecipient(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"coordinated suppliers after a supply to a named recipient",
			"Norway shipped howitzers to Georgia in May. Sweden and Finland have provided Archer artillery systems and armoured vehicles since then.",
			[]string{"SUPPLIED state:NOR state:GEO", "SUPPLIED state:SWE state:GEO", "SUPPLIED state:FIN state:GEO"}, nil},
		{"after a reported supply",
			"Belarus has delivered drones to Serbia, officials in Vienna say. Hungary has sent artillery shells and rockets.",
			[]string{"SUPPLIED state:BLR state:SRB", "SUPPLIED state:HUN state:SRB"}, nil},
		{"near miss: the subject is the latest recipient",
			"Norway shipped howitzers to Georgia in May. Georgia has provided armoured vehicles since then.",
			[]string{"SUPPLIED state:NOR state:GEO"}, []string{"SUPPLIED state:GEO state:GEO"}},
		{"near miss: an unnamed target after a preposition",
			"Norway shipped howitzers to Georgia in May. Sweden has never provided lethal weapons to any party.",
			nil, []string{"SUPPLIED state:SWE state:GEO"}},
		{"near miss: an infinitive plan names no recipient",
			"Norway shipped howitzers to Georgia in May. Sweden has not agreed to send Archer artillery systems.",
			nil, []string{"SUPPLIED state:SWE state:GEO"}},
		{"near miss: the object names no weapon",
			"Norway shipped howitzers to Georgia in May. Sweden has sent a team of instructors.",
			nil, []string{"SUPPLIED state:SWE state:GEO"}},
		{"near miss: another possible recipient in the sentence",
			"Norway shipped howitzers to Georgia in May. Sweden has shipped drones to Armenia, and Finland has also delivered Archer artillery systems.",
			nil, []string{"SUPPLIED state:FIN state:GEO"}},
		{"near miss: a hyphenated participle modifies a noun",
			"Norway shipped howitzers to Georgia in May. Armenian units fought Western-supplied drones and howitzers.",
			nil, []string{"SUPPLIED state:ARM state:GEO"}},
		{"near miss: no supply stated before",
			"Sweden and Finland have provided Archer artillery systems and armoured vehicles since May.",
			nil, []string{"SUPPLIED state:SWE state:GEO"}},
	})
}
