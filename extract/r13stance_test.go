package extract

import "testing"

// TestR13EnablingAWar covers support stated as enabling, fuelling or abetting a party's war
// ("Belarus continues to enable Russia's war", "a decisive enabler of Russia's war"): the
// war's owner is the target, the enabler the source; without a war in the clause the verbs
// and the noun state nothing. Every sentence is our own.
func TestR13EnablingAWar(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"present progressive, coordinated subjects, war with a victim",
			"Iran and Syria are fuelling Russia's war against Ukraine with drones and fuel.",
			[]string{"SUPPORTS state:IRN state:RUS", "SUPPORTS state:SYR state:RUS"},
			[]string{"SUPPORTS state:IRN state:UKR", "SUPPORTS state:UKR state:RUS"}},
		{"past tense, war machine owned by a capital",
			"Last year Minsk abetted the Kremlin's war machine by hosting its bombers.",
			[]string{"SUPPORTS state:BLR state:RUS"}, nil},
		{"continuation and an infinitive",
			"Hungary continues to enable Russia's war of aggression, the minister said.",
			[]string{"SUPPORTS state:HUN state:RUS"}, nil},
		{"the agent noun after a copula",
			"North Korea has become a key enabler of Russia's invasion of Ukraine.",
			[]string{"SUPPORTS state:PRK state:RUS"}, []string{"SUPPORTS state:PRK state:UKR"}},
		{"near miss: enabling something that is no war",
			"The agreement enabled closer ties between Japan and Australia.",
			nil, []string{"SUPPORTS inst:agreement state:JPN", "SUPPORTS state:JPN state:AUS"}},
		{"near miss: fuel as a noun",
			"Minsk's shipments of fuel to Moscow have risen sharply since the invasion.",
			nil, []string{"SUPPORTS state:BLR state:RUS"}},
	})
}

// TestR13NounEventObject covers a stance noun whose target preposition governs an event
// noun modified by a state's demonym ("Germany's condemnation of the Russian strikes on
// Kyiv"): as for a verb's object, that state did the event and is the target, not the victim
// named after it. Every sentence is our own.
func TestR13NounEventObject(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"possessive source, victim after the event noun",
			"Poland's condemnation of the Belarusian incursions into Lithuania was immediate.",
			[]string{"CONDEMNED state:POL state:BLR"}, []string{"CONDEMNED state:POL state:LTU"}},
		{"light verb, invasion of a named victim",
			"Norway voiced its condemnation of the Russian invasion of Georgia.",
			[]string{"CONDEMNED state:NOR state:RUS"}, []string{"CONDEMNED state:NOR state:GEO"}},
		{"support for an act of a state",
			"Canada reaffirmed its support for the Ukrainian counteroffensive.",
			[]string{"SUPPORTS state:CAN state:UKR"}, nil},
		{"near miss: a demonym before a plain noun is no doer",
			"Finland's criticism of the Chinese-made components drew attention.",
			nil, []string{"CONDEMNED state:FIN state:CHN"}},
	})
}

// TestR13CoordinatedVerbAfterAux covers a stance verb phrase coordinated after the clause's
// first one with an auxiliary or adverb before its verb ("X has condemned Russia and will
// continue its support to Ukraine"): the clause's subject does both, not the name the first
// verb phrase ends in. Every sentence is our own.
func TestR13CoordinatedVerbAfterAux(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"future auxiliary, possessive noun",
			"Denmark has condemned Belarus and will continue its support to Lithuania.",
			[]string{"CONDEMNED state:DNK state:BLR", "SUPPORTS state:DNK state:LTU"},
			[]string{"SUPPORTS state:BLR state:LTU"}},
		{"perfect with an adverb, object with a prepositional phrase",
			"Canada criticised Russia's attacks on Georgia and has also pledged support for Moldova.",
			[]string{"SUPPORTS state:CAN state:MDA"}, []string{"SUPPORTS state:GEO state:MDA", "SUPPORTS state:RUS state:MDA"}},
		{"coordinated subjects keep both",
			"Sweden and Norway criticised Belarus and will reiterate their support for Lithuania.",
			[]string{"SUPPORTS state:SWE state:LTU", "SUPPORTS state:NOR state:LTU"}, []string{"SUPPORTS state:BLR state:LTU"}},
		{"near miss: a participle's agents are not the subject",
			"Italy welcomed the accord signed by Serbia and Kosovo and will express support for Montenegro.",
			[]string{"SUPPORTS state:ITA state:MNE"}, []string{"SUPPORTS state:SRB state:MNE"}},
		{"near miss: a new clause after a comma has its own subject",
			"Canada condemned Russia, and Poland will continue its support to Moldova.",
			[]string{"SUPPORTS state:POL state:MDA"}, []string{"SUPPORTS state:CAN state:MDA"}},
	})
}

// TestR13GoodsToArmedGroup covers goods provided or supplied to a body that is no state, an
// armed group, in a double object or after "to" ("Iran has provided the Houthis with
// missiles", "supplies drones to Hezbollah"): the giver supports the group. Every sentence is
// our own.
func TestR13GoodsToArmedGroup(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"double object with 'with', continuation",
			"Tehran keeps providing Hezbollah with rockets and drones.",
			[]string{"SUPPORTS state:IRN inst:hezbollah"}, nil},
		{"perfect, double object",
			"Iran has provided the Houthis with the missiles they used in the attacks.",
			[]string{"SUPPORTS state:IRN inst:houthis"}, nil},
		{"goods first, the group after 'to'",
			"The Iranian regime supplied drones and spare parts to Hezbollah last year.",
			[]string{"SUPPORTS state:IRN inst:hezbollah"}, nil},
		{"near miss: no goods",
			"Iran provided the Houthis with a briefing on the talks.",
			nil, []string{"SUPPORTS state:IRN inst:houthis"}},
	})
}

// TestR13BareOfGerund covers a gerund after "of" and an unnamed noun that takes no object of
// its own but a participle with its preposition ("the pledges of funding made by Member
// States"): it names an act as a noun, and the clause's subject does not fund anyone; a
// gerund after a name and "of" with its object ("accused Iran of funding Hezbollah") keeps its
// verb. Every sentence is our own.
func TestR13BareOfGerund(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"irregular participle with by",
			"Ghana welcomed the pledges of funding made by Nigeria and Senegal.",
			nil, []string{"SUPPORTS state:GHA state:NGA", "SUPPORTS state:GHA state:SEN"}},
		{"regular participle with to",
			"Kenya noted the levels of financing provided to Somalia last year.",
			nil, []string{"SUPPORTS state:KEN state:SOM"}},
		{"a charge keeps its verb",
			"Israel accused Iran of funding Hezbollah.",
			[]string{"SUPPORTS state:IRN inst:hezbollah"}, nil},
	})
}
