package extract

import "testing"

// TestR33PenaltyParticiple: a present participle right after a penalty noun (cues.tsv
// penalty) or a words.tsv measure-noun, with a name after it, is a reduced relative on the
// penalty ("new sanctions targeting X", "measures targeting X"), read as a verb whose subject
// is its clause's (triggers.tsv SANCTIONED "targeting", flags=clause-subject); after any other
// noun the participle stays the noun's. The sentences are our own.
func TestR33PenaltyParticiple(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'sanctions on <date>, targeting' a list",
			"Norway announced new sanctions on Monday, targeting Rosneft and Lukoil.",
			[]string{"SANCTIONED state:NOR inst:rosneft", "SANCTIONED state:NOR inst:lukoil"}, nil},
		{"penalty noun right before the participle",
			"Canada imposed export controls targeting Rosneft.",
			[]string{"SANCTIONED state:CAN inst:rosneft"}, nil},
		{"measure noun after 'including'",
			"Japan announced sanctions against Belarus, including measures targeting Lukoil.",
			[]string{"SANCTIONED state:JPN state:BLR", "SANCTIONED state:JPN inst:lukoil"}, nil},
		{"a participle after a plain noun is the noun's",
			"Canada tracked drones targeting Rosneft despite sanctions.",
			nil, []string{"SANCTIONED state:CAN inst:rosneft"}},
	})
}

// TestR33UnnamedMembers: a body's name before a words.tsv member-head noun ("Houthi
// leaders"), or a name or list of names after "of" and a plural member-head or firm-head noun
// ("leaders of both the RSF and the SAF", "companies of the DPRK"), names unnamed members:
// no SANCTIONED of the body or state (frames.go classModifier, memberComplement); a name
// sanctioned itself, or named after ", including", still is. The sentences are our own.
func TestR33UnnamedMembers(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a body's name modifying 'leaders'",
			"Canada and Norway have sanctioned Hezbollah leaders and Iranian financiers of the group.",
			nil, []string{"SANCTIONED state:CAN inst:hezbollah", "SANCTIONED state:NOR inst:hezbollah"}},
		{"a list after 'leaders of both'",
			"Japan has sanctioned commanders of both the Rapid Support Forces and the Sudanese Armed Forces.",
			nil, []string{"SANCTIONED state:JPN inst:rsf", "SANCTIONED state:JPN inst:sudan-armed-forces"}},
		{"states after 'companies of'",
			"Canada imposed new sanctions on companies of Belarus and Iran.",
			nil, []string{"SANCTIONED state:CAN state:BLR", "SANCTIONED state:CAN state:IRN"}},
		{"the body itself is still a target",
			"Canada has sanctioned Hezbollah and its financiers.",
			[]string{"SANCTIONED state:CAN inst:hezbollah"}, nil},
		{"a member named after ', including'",
			"Norway sanctioned four Wagner Group commanders, including General Ivan Petrovsky.",
			[]string{"SANCTIONED state:NOR person:ivan-petrovsky"}, []string{"SANCTIONED state:NOR inst:wagner-group"}},
	})
}

// TestR33PossessedFirmApposition: after a sanctions preposition, a state's possessed firm
// description followed by the firm's name, in apposition after a comma (a words.tsv firm-head
// noun before it) or glued to a hyphenated compound, names the firm as the target, not the
// state (chunks.go namedHolder). The sentences are our own.
func TestR33PossessedFirmApposition(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'on X's national carrier, NAME,'",
			"Norway imposed sanctions on Russia's national carrier, Aeroflot, on Monday.",
			[]string{"SANCTIONED state:NOR inst:aeroflot"}, []string{"SANCTIONED state:NOR state:RUS"}},
		{"a hyphenated compound in the description",
			"Canada designated Russia's state-owned tanker operator Sovcomflot on Friday.",
			[]string{"SANCTIONED state:CAN inst:sovcomflot"}, []string{"SANCTIONED state:CAN state:RUS"}},
		{"no name after the description: nothing",
			"Norway imposed sanctions on Russia's national carrier on Monday.",
			nil, []string{"SANCTIONED state:NOR state:RUS"}},
	})
}

// TestR33HeadingReopensList: a short capitalised heading line with a designation participle
// that runs into the next item's number ("Designated individuals\n\n4.") opens the
// designator's list again after prose closed it, and the sentence after it is an item
// (lists.go headingBeforeItem); the same items after a heading with no list trigger
// ("Background") relate nobody. The texts are our own.
func TestR33HeadingReopensList(t *testing.T) {
	const listed = "Today OFAC is sanctioning two entities and two individuals.\n\nOFAC is designating the following:\n\n" +
		"1. Bright Harbor Logistics LLC, a company based in Dubai that shipped oil.\n\n" +
		"2. Cedar Point Marine Inc., registered in Panama.\n\n" +
		"The vessels ORION and SEA LARK are identified as blocked property.\n\n"
	checkRelations(t, "2024-06-01", []relCase{
		{"a designation heading after prose reopens the list",
			listed + "Designated individuals\n\n3. Tariq Hamid Salem, a Yemeni national who moved payments.\n\n" +
				"4. Omid Rahimi Far, an Iranian national who arranged transfers.\n",
			[]string{"SANCTIONED inst:ofac inst:bright-harbor-logistics-llc", "SANCTIONED inst:ofac person:tariq-hamid-salem",
				"SANCTIONED inst:ofac person:omid-rahimi-far"}, nil},
		{"a heading with no designation word does not",
			listed + "Background\n\n3. Tariq Hamid Salem, a Yemeni national who moved payments.\n",
			[]string{"SANCTIONED inst:ofac inst:bright-harbor-logistics-llc"}, []string{"SANCTIONED inst:ofac person:tariq-hamid-salem"}},
	})
}

// TestR33PassiveSubjectAndAgent: a passive's subject is the name before an apposition set off
// by commas, not a name inside it (frames.go appositiveSubject); a by-agent after a second,
// coordinated verb ("was designated in 2021 and is supported by X") is that verb's, not the
// first's (coordinatedVerbBetween); and an agentless designation dated in another year than
// the pending designator's list is no act of that designator (lists.go datedApart). The texts
// are our own.
func TestR33PassiveSubjectAndAgent(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"the name before the apposition is the subject",
			"Rosneft, Russia's largest oil producer, was designated by Canada in 2022.",
			[]string{"SANCTIONED state:CAN inst:rosneft"}, []string{"SANCTIONED state:CAN state:RUS"}},
		{"a name inside the apposition is not",
			"Lukoil, a supplier of Belarus's army, was designated by Canada in 2022.",
			[]string{"SANCTIONED state:CAN inst:lukoil"}, []string{"SANCTIONED state:CAN state:BLR"}},
		{"the agent of a coordinated verb",
			"Lukoil was designated in 2021 and is supported by Russia.",
			nil, []string{"SANCTIONED state:RUS inst:lukoil"}},
		{"an agentless designation in another year than the designator's list",
			"On 1 June 2024 OFAC designated three firms. Lukoil, which was designated in 2019, is not among them.",
			nil, []string{"SANCTIONED inst:ofac inst:lukoil"}},
		{"an agentless designation of the same year takes the designator",
			"On 1 June 2024 OFAC designated three firms. Lukoil and its director were designated in June 2024.",
			[]string{"SANCTIONED inst:ofac inst:lukoil"}, nil},
	})
}

// TestR33FloatingQuantifier: a words.tsv quantifier floated after an auxiliary ("have all
// imposed", "have both signed") belongs to the verb group, so a coordinated verb phrase keeps
// its clause's first noun phrase as subject, not a name nearer the verb (chunks.go
// verbGroupStart). The sentences are our own.
func TestR33FloatingQuantifier(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"named subjects, 'have all imposed'",
			"Canada and Norway attend G7 meetings and have all imposed sanctions on Belarus.",
			[]string{"SANCTIONED state:CAN state:BLR", "SANCTIONED state:NOR state:BLR"}, []string{"SANCTIONED inst:g7 state:BLR"}},
		{"an unnamed subject, 'have both imposed'",
			"The two ministers attend G7 meetings and have both imposed sanctions on Belarus.",
			nil, []string{"SANCTIONED inst:g7 state:BLR"}},
	})
}

// TestR33IncludedLocative: after ", including" on a counted object, a name past a locative
// ("including several based in Norway") is where unnamed members are, no member
// (frames.go countedMembers); a name right after it still is. The sentences are our own.
func TestR33IncludedLocative(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a place past 'based in'",
			"Last week Canada sanctioned more than 200 entities and individuals, including several based in Turkey and Armenia.",
			nil, []string{"SANCTIONED state:CAN state:TUR", "SANCTIONED state:CAN state:ARM"}},
		{"a named member right after 'including'",
			"Last week Canada sanctioned more than 200 entities and individuals, including Rosneft.",
			[]string{"SANCTIONED state:CAN inst:rosneft"}, nil},
	})
}

// TestR33ThoseListed: "Among those listed" and "those designated include" continue, as
// words.tsv list-continuation phrases, the previous sentence's designation of an unnamed
// object; after a sentence with no such designation they relate nobody. The sentences are
// our own.
func TestR33ThoseListed(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'Among those listed is' after a counted designation",
			"On Monday the European Union designated nine individuals over the deportation of children. Among those listed is General Pavel Orlov.",
			[]string{"SANCTIONED inst:eu person:pavel-orlov"}, nil},
		{"'Those designated include' after a counted designation",
			"On Monday Canada designated four officials over the deportation of children. Those designated include General Pavel Orlov.",
			[]string{"SANCTIONED state:CAN person:pavel-orlov"}, nil},
		{"no designation before",
			"On Monday Canada hosted a conference on Ukraine. Those designated include General Pavel Orlov.",
			nil, []string{"SANCTIONED state:CAN person:pavel-orlov"}},
	})
}

// TestR33RelativeStatementSubject: a penalty noun that is the object of a words.tsv
// statement-verb ("announced their own designations of X") in a relative clause opened by
// "which" after a name takes that antecedent as its doer, as a light verb's object does; a
// noun after a verb of no such class ("criticised the designations of X") does not. The
// sentences are our own.
func TestR33RelativeStatementSubject(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"'which announced their own designations of'",
			"Canada coordinated the action with Norway and Japan, which announced their own designations of Rosneft.",
			[]string{"SANCTIONED state:NOR inst:rosneft", "SANCTIONED state:JPN inst:rosneft"}, nil},
		{"a verb of another kind",
			"Canada spoke with Hungary, which criticised the designations of Rosneft.",
			nil, []string{"SANCTIONED state:HUN inst:rosneft"}},
	})
}
