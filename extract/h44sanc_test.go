package extract

import "testing"

// Stop 44, h44sanc: joining or aligning with sanctions (a cues.tsv penalty completing the
// verb's object) on a target imposes them on it; the noun "alignment" with such a penalty
// too. "Joined NATO", "joined talks on X" and an alignment with a state sanction nothing.
// Every test text is our own wording.
func TestH44sancJoinedSanctions(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"joined a body's sanctions on a target",
			"Norway has joined the EU's sanctions on Belarus.",
			[]string{"SANCTIONED state:NOR state:BLR asserted"}, nil},
		{"aligned with restrictive measures against a target",
			"Montenegro aligned with the restrictive measures against Russia in March.",
			[]string{"SANCTIONED state:MNE state:RUS asserted"}, nil},
		{"negated join: denied",
			"Armenia has not joined Western sanctions on Moscow.",
			[]string{"SANCTIONED state:ARM state:RUS denied"}, nil},
		{"refused to join: denied",
			"Georgia has refused to join the sanctions against Russia.",
			[]string{"SANCTIONED state:GEO state:RUS denied"}, nil},
		{"the noun alignment, a list of aligners",
			"The ministers welcomed the alignment of Bosnia and Herzegovina and Moldova with the sanctions against Belarus.",
			[]string{"SANCTIONED state:BIH state:BLR", "SANCTIONED state:MDA state:BLR"}, nil},
		{"near miss: joining a body is no sanction",
			"Finland joined NATO in April.",
			nil, []string{"SANCTIONED state:FIN inst:nato"}},
		{"near miss: joining talks on a state",
			"Serbia joined talks on Kosovo in Brussels.",
			nil, []string{"SANCTIONED state:SRB state:UNK"}},
		{"near miss: alignment with a state, no penalty",
			"The alignment of Kazakhstan with Russia on trade drew criticism.",
			nil, []string{"SANCTIONED state:KAZ state:RUS"}},
	})
}

// TestH44sancSupplierNouns: a state's source of arms is its supplier (triggers.tsv agent row,
// linked: the copula's subject or the apposition's name), and a possessive determines both
// nouns coordinated after it when the second has no determiner of its own ("Pakistan's
// closest ally and main arms supplier"; sharedPossessor, frames.go).
func TestH44sancSupplierNouns(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"source of arms after a copula",
			"Israel is one of Azerbaijan's main sources of arms.",
			[]string{"SUPPLIED state:ISR state:AZE"}, nil},
		{"source of drones: the item",
			"Turkey is Somalia's main source of drones.",
			[]string{"SUPPLIED state:TUR state:SOM"}, nil},
		{"shared possessor in an apposition",
			"Belarus, Russia's closest partner and main arms supplier, said nothing.",
			[]string{"SUPPLIED state:BLR state:RUS"}, nil},
		{"shared possessor after a copula",
			"Russia remains Armenia's ally and largest weapons supplier.",
			[]string{"SUPPLIED state:RUS state:ARM"}, nil},
		{"near miss: the second noun has its own article",
			"Iran, Moscow's partner and a supplier to Sudan, declined to comment.",
			[]string{"SUPPLIED state:IRN state:SDN"}, []string{"SUPPLIED state:IRN state:RUS"}},
		{"near miss: a source of revenue is no supply",
			"Oil is Nigeria's main source of revenue and Ghana's source of power.",
			nil, []string{"SUPPLIED state:NGA state:GHA"}},
	})
}

// TestH44sancDesignatedMembers: a sentence continuing a designation list ("Among them are")
// or an inverted passive ("Among those designated are") names its items; a state or body
// behind a preposition ("senior officials of the DPRK") or a bracketed short form repeating
// such a name ("... of the Democratic People's Republic of Korea (DPRK)") is none.
func TestH44sancDesignatedMembers(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"near miss: among them, members of a body",
			"OFAC designated six individuals and two firms on Tuesday. Among them are senior commanders of the Islamic Revolutionary Guard Corps who oversee drone sales.",
			nil, []string{"SANCTIONED inst:ofac inst:irgc"}},
		{"near miss: among those designated, a state's officials with its short form",
			"Canada designated 12 persons on Monday. Among those designated are senior officials of the Democratic People's Republic of Korea (DPRK) involved in arms sales.",
			nil, []string{"SANCTIONED state:CAN state:PRK"}},
		{"among those designated, a named body is still an item",
			"Canada sanctioned nine individuals. Among those designated are the Syrian defence minister and Hezbollah (Hizballah).",
			[]string{"SANCTIONED state:CAN inst:hezbollah"}, nil},
		{"among them, named firms are still items",
			"The Treasury designated four entities. Among them are Rosneft and Gazprom Neft.",
			[]string{"SANCTIONED inst:us-treasury inst:rosneft"}, nil},
	})
}

// TestH44sancPurposeVerb: "to" and a trigger verb right after it open the purpose's own act,
// whose object (a demonym) is no recipient of what was sent ("sent jets to bomb Cambodian
// positions"); an adjective there is not ("to frontline Ukrainian units"). A description
// resolved to names that a preposition governs ("with both governments") is no subject of a
// linked agent noun.
func TestH44sancPurposeVerb(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"near miss: sent jets to bomb a demonym's positions",
			"Thailand sent fighter jets to bomb Cambodian military positions on Thursday.",
			[]string{"ATTACKED state:THA state:KHM"}, []string{"SUPPLIED state:THA state:KHM"}},
		{"near miss: sent drones to strike a demonym's bases",
			"Azerbaijan sent drones to strike Armenian bases near the border.",
			nil, []string{"SUPPLIED state:AZE state:ARM"}},
		{"an adjective between to and the demonym: still the recipient",
			"France sent howitzers to frontline Ukrainian units.",
			[]string{"SUPPLIED state:FRA state:UKR"}, nil},
		{"no word between: the recipient",
			"Iran sent drones to Russian forces in May.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		{"near miss: a description in a preposition's object is no linked subject",
			"Colombia and Ecuador met in Quito. Brazil, which has close ties with both governments and is Ecuador's largest source of weapons, said nothing.",
			nil, []string{"SUPPLIED state:COL state:ECU"}},
	})
}
