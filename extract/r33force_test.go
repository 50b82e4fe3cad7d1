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

// TestR33ForceMilitaryPresence: a military, naval or troop presence of a state somewhere,
// named by its demonym or possessor, is a deployment there; the clause's subject is not its
// owner (sentences of our own).
func TestR33ForceMilitaryPresence(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"demonym and a list of states",
			"The report follows the French military presence in Chad, Gabon and Senegal since 2010.",
			[]string{"DEPLOYED state:FRA state:TCD", "DEPLOYED state:FRA state:GAB", "DEPLOYED state:FRA state:SEN"}, nil},
		{"possessor and a sea",
			"Japan's naval presence in the Gulf of Aden has grown since March.",
			[]string{"DEPLOYED state:JPN place:gulf-of-aden"}, nil},
		{"near miss: the clause's subject hosts another state's presence",
			"Japan welcomed the American military presence in Okinawa.",
			[]string{"DEPLOYED state:USA place:okinawa"}, []string{"DEPLOYED state:JPN place:okinawa"}},
		{"near miss: a presence of firms is no force",
			"The presence of Chinese firms in Zambia has grown.",
			nil, []string{"DEPLOYED state:CHN state:ZMB"}},
	})
}

// TestR33ForceUseOfInstrument: what "use of" takes is the instrument; a state that names it
// (a modifier of the weapon, or after its own "of") is no target, which follows "against"
// (sentences of our own).
func TestR33ForceUseOfInstrument(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"a state modifying the weapon",
			"The ministers condemned Syria's use of Iranian rockets against Jordan last week.",
			[]string{"ATTACKED state:SYR state:JOR"}, []string{"ATTACKED state:SYR state:IRN"}},
		{"a state after the instrument's own of",
			"Officials reported the continued use of fighters of the DPRK against Ukraine by Moscow.",
			nil, []string{"ATTACKED state:RUS state:PRK"}},
		{"the target after against, the agent after by",
			"The minister deplored the use of force by Venezuela against Guyana on Monday.",
			[]string{"ATTACKED state:VEN state:GUY"}, nil},
	})
}

// TestR33ForceOrderedFrom: ordering goods from a seller is buying them: the seller after
// "from" supplies the buyer; without "from" no seller is named (sentences of our own).
func TestR33ForceOrderedFrom(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"relative clause on the buyer",
			"Hungary, which ordered 44 Leopard tanks from Germany in 2018, is weighing another purchase.",
			[]string{"SUPPLIED state:DEU state:HUN"}, nil},
		{"near miss: no seller after from",
			"The Estonian court ordered the seizure of the Panama-flagged tanker Eagle S.",
			nil, []string{"SUPPLIED state:PAN state:EST"}},
		{"near miss: troops ordered to a place deploy",
			"Venezuela ordered more than 5,000 troops to the state of Sucre.",
			[]string{"DEPLOYED state:VEN place:sucre"}, []string{"SUPPLIED state:VEN place:sucre"}},
	})
}
