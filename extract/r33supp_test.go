package extract

import "testing"

// TestR33SpeakerPartners: "our" resolved to the speaker's or issuer's state owns an ally or
// partner noun as a possessive name does, so the names in apposition after it are that state's
// allies ("We stand with our ally, the Philippines", "as do our partners Japan and the Republic
// of Korea"). Texts of our own, with near misses.
func TestR33SpeakerPartners(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'our allies' and a list in apposition, in remarks",
			"Remarks by Ambassador Maria Gonzalez at the Security Council\n\nChile is concerned.\n\n" +
				"We have consulted closely with our allies, Peru and Colombia, on the launch.",
			[]string{"ALLY_OF state:CHL state:PER", "ALLY_OF state:CHL state:COL"},
			[]string{"ALLY_OF state:COL state:PER"}},
		{"'our ally' and a name without a comma, in a ministry's release",
			"Title: Aircraft activity\nSource: Ministry of Defence, Republic of Chile\n\n" +
				"Aircraft activity\n\n" +
				"The Ministry will monitor the activity in close cooperation with our ally the United States.",
			[]string{"ALLY_OF state:CHL state:USA"},
			nil},
		{"'our partners' naming the states after it, in remarks",
			"Remarks by Ambassador Maria Gonzalez at the Security Council\n\nChile is concerned.\n\n" +
				"Chile condemns the launch, as do our partners Peru and Colombia.",
			[]string{"ALLY_OF state:CHL state:PER", "ALLY_OF state:CHL state:COL"},
			nil},
		{"near miss: 'our partners' with no names pairs the speaker with nobody",
			"Remarks by Ambassador Maria Gonzalez at the Security Council\n\nChile is concerned.\n\n" +
				"We will work with our partners to help Peru rebuild.",
			nil,
			[]string{"ALLY_OF state:CHL state:PER"}},
		{"near miss: in a news report's quote 'our' is nobody's",
			"Chile will train with Peru, officials said.\n\n" +
				"\"We train with our ally, Colombia,\" a soldier told reporters.",
			nil,
			[]string{"ALLY_OF state:CHL state:COL", "ALLY_OF state:COL state:PER"}},
	})
}

// TestR33TitledCompoundPartnership: a title-case partnership or alliance named after a hyphen
// compound of states, past capitalised modifiers ("the Chile-Peru Comprehensive Strategic
// Partnership"), pairs the states as the lower-case phrase does. Sentences of our own.
func TestR33TitledCompoundPartnership(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a title-case comprehensive strategic partnership",
			"The two presidents agreed to raise the Chile-Peru Comprehensive Strategic Partnership to a higher level.",
			[]string{"ALLY_OF state:CHL state:PER"}, nil},
		{"a title-case defence partnership after a plan of action",
			"Chile and Peru adopted a work plan for the Chile-Peru Major Defence Partnership.",
			[]string{"ALLY_OF state:CHL state:PER"}, nil},
		{"near miss: a forum named after a partnership is no partnership of the states",
			"Ministers met at the Chile-Africa Partnership Forum in Lima.",
			nil, []string{"ALLY_OF state:CHL state:PER"}},
		{"near miss: capitalised modifiers before a lower-case noun are no title",
			"Officials discussed the Chile-Peru Free Trade framework and new partnership ideas.",
			nil, []string{"ALLY_OF state:CHL state:PER"}},
	})
}

// TestR33RepeatedPrepTarget: a noun's second target phrase coordinated with its first by "and"
// and the same preposition ("support for the brotherly Bolivian people and for UNICEF") is a
// target too; a phrase headed by no name of its own (a demonym or a name modifying a common
// noun) gives none. Sentences of our own.
func TestR33RepeatedPrepTarget(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'support for ... people and for' a body",
			"Peru renewed its firm support for the brotherly Bolivian people and for UNICEF.",
			[]string{"SUPPORTS state:PER state:BOL", "SUPPORTS state:PER inst:unicef"}, nil},
		{"'in support of ... and of' a body",
			"Chile voted in favour in support of the Haitian people and of the World Food Programme.",
			[]string{"SUPPORTS state:CHL state:HTI", "SUPPORTS state:CHL inst:wfp"}, nil},
		{"near miss: a demonym after the repeated preposition heads no target",
			"Canada announced sanctions on the Iranian airline Mahan Air and on several Russian vessels.",
			[]string{"SANCTIONED state:CAN inst:mahan-air"}, []string{"SANCTIONED state:CAN state:RUS"}},
		{"near miss: a name modifying the phrase's head is no target",
			"Chile reaffirmed its support for the Haitian people and for Chilean farmers.",
			[]string{"SUPPORTS state:CHL state:HTI"}, []string{"SUPPORTS state:CHL state:CHL"}},
	})
}

// TestR33PossessedDonor: a donor or backer whose beneficiary is its possessor ("Moldova's
// largest donors") supports it, as "Ukraine's biggest supplier" supplies; without a possessor
// the agent noun takes no target of its own. Sentences of our own.
func TestR33PossessedDonor(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'X remains one of Y's largest donors'",
			"Sweden remains one of Moldova's largest donors.",
			[]string{"SUPPORTS state:SWE state:MDA"}, nil},
		{"'X is Y's second-largest donor'",
			"Austria is Moldova's second-largest donor, having sent generators and fuel.",
			[]string{"SUPPORTS state:AUT state:MDA"}, nil},
		{"near miss: unowned donors take no target of their own",
			"Each junta has expelled French forces, curtailed ties with Western donors, and turned to Turkey for security assistance.",
			nil, []string{"SUPPORTS state:FRA state:TUR"}},
	})
}

// TestR33WhoseCountry: "whose country" after a person is that person's state, as "his
// country" is. Sentences of our own.
func TestR33WhoseCountry(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'whose country has applied to join' a body",
			"A meeting with Kazakh President Kassym-Jomart Tokayev, whose country has applied to join the OECD, is planned for Friday.",
			[]string{"MEMBER_OF state:KAZ inst:oecd"}, nil},
		{"'whose country hosts' foreign forces",
			"Belarusian President Alexander Lukashenko, whose country hosts Russian troops, met Kim Jong Un in Minsk.",
			[]string{"DEPLOYED state:RUS state:BLR"}, nil},
		{"near miss: 'whose' of a thing is no state",
			"The treaty, whose text was published on Friday, binds Russia.",
			nil, []string{"MEMBER_OF state:RUS inst:oecd"}},
	})
}

// TestR33DescribedSpeakerCountry: "his country" after an unnamed office holder described by a
// role and a state in the same sentence ("Brazil's representative said his delegation", "The
// representative of France announced that her country") is that state, not the state of the
// last person named before. Sentences of our own, with a near miss.
func TestR33DescribedSpeakerCountry(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'STATE's delegate said her country'",
			"The representative of Chile, Paula Narvaez, condemned the attack. Peru's delegate said her country supported Ukraine.",
			[]string{"SUPPORTS state:PER state:UKR"}, []string{"SUPPORTS state:CHL state:UKR"}},
		{"'the representative of STATE, who ..., said his country'",
			"The representative of Chile, Paula Narvaez, condemned the attack. The representative of Peru, who spoke last, said that his country supported Ukraine.",
			[]string{"SUPPORTS state:PER state:UKR"}, []string{"SUPPORTS state:CHL state:UKR"}},
		{"near miss: a person named after the description decides",
			"The representative of Peru, Javier Gonzalez-Olaechea, said his country supported Ukraine.",
			[]string{"SUPPORTS state:PER state:UKR"}, nil},
		{"near miss: a state that is no role's owns nothing",
			"The representative of Chile, Paula Narvaez, said Peru's economy grew and her country supported Ukraine.",
			[]string{"SUPPORTS state:CHL state:UKR"}, []string{"SUPPORTS state:PER state:UKR"}},
	})
}

// TestR33PluralPossessiveNoun: a word that is both a verb and a noun trigger after a plural
// possessive ("the United States' support") is the noun, as after "'s": the possessor
// supports, not the clause's subject. Sentences of our own.
func TestR33PluralPossessiveNoun(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'X underscored the United States' support for Y'",
			"Mr. Sullivan underscored the United States' support for Moldova's sovereignty.",
			[]string{"SUPPORTS state:USA state:MDA"}, []string{"SUPPORTS person:jake-sullivan state:MDA"}},
		{"with a typographic apostrophe",
			"President Marcos conveyed the Philippines\u2019 support for Chile's candidature.",
			[]string{"SUPPORTS state:PHL state:CHL"}, nil},
		{"near miss: the subject's own verb stays a verb",
			"The United States support Moldova's sovereignty.",
			[]string{"SUPPORTS state:USA state:MDA"}, nil},
	})
}
