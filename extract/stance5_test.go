package extract

import "testing"

// TestThanksForHelp covers SUPPORTS stated by thanking a list of helpers for their help: every
// helper in the list is a source, the thanker the beneficiary. Every sentence is our own.
func TestThanksForHelp(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a list of three helpers thanked, with articles and an institution in the middle",
			"ECOWAS thanked the African Union, the United Nations and the European Union for their continued support.",
			[]string{"SUPPORTS inst:african-union inst:ecowas", "SUPPORTS inst:un inst:ecowas", "SUPPORTS inst:eu inst:ecowas"}, nil},
		{"appreciation expressed to a list, with the help's target named",
			"The Authority expresses its appreciation to the African Union, the United Nations and the European Union for their steadfast support to Niger.",
			[]string{"SUPPORTS inst:african-union state:NER", "SUPPORTS inst:un state:NER", "SUPPORTS inst:eu state:NER"}, nil},
		{"gratitude to two states for their assistance",
			"Ukraine expressed its gratitude to Poland and Lithuania for their military assistance.",
			[]string{"SUPPORTS state:POL state:UKR", "SUPPORTS state:LTU state:UKR"}, nil},
		{"present tense, a single helper",
			"Seoul thanks Washington for its unwavering backing.",
			[]string{"SUPPORTS state:USA state:KOR"}, nil},
		{"thanks for an act are no help: the support named inside the act is for something else",
			"Taiwan's Ministry of National Defense thanks the United States, Japan and the European Union for expressing their concern and their support for peace.",
			nil, []string{"SUPPORTS state:USA inst:taiwan-defense-ministry", "SUPPORTS state:JPN inst:taiwan-defense-ministry", "SUPPORTS inst:eu inst:taiwan-defense-ministry"}},
		{"gratitude for something other than help gives nothing",
			"The European Union expressed its gratitude to the United Nations for organising the meeting.",
			nil, []string{"SUPPORTS inst:un inst:eu"}},
		{"a noun of thanks with no 'to' thanks nobody: the one who speaks is not the one helped",
			"Foreign Secretary Anna Berg expressed her appreciation for Japan's support.",
			nil, []string{"SUPPORTS state:JPN person:anna-berg"}},
		{"a thanking verb in an earlier conjoined verb phrase thanks nobody for the help",
			"Foreign Secretary Anna Berg welcomed the signing and expressed her appreciation for Japan's support.",
			nil, []string{"SUPPORTS state:JPN person:anna-berg"}},
	})
}

// TestDeclaredWeOfPeople covers "we" in a statement whose opening apposition names only
// people: a later "We condemn" or "our support" is each of them. Every sentence is our own.
func TestDeclaredWeOfPeople(t *testing.T) {
	checkRelations(t, "2024-03-01", []relCase{
		{"a later paragraph's condemnation and support by the declared leaders",
			"We, President Maria Santos, President Jonas Berg, and Prime Minister Ken Ito, met today in Oslo.\n\nWe condemn Iran's transfers of drones. We also reaffirm our support for Armenia.",
			[]string{"CONDEMNED person:maria-santos state:IRN", "CONDEMNED person:jonas-berg state:IRN", "CONDEMNED person:ken-ito state:IRN",
				"SUPPORTS person:maria-santos state:ARM", "SUPPORTS person:ken-ito state:ARM"}, nil},
		{"with no first-person apposition the people named are not the 'we'",
			"President Maria Santos met President Jonas Berg in Oslo.\n\nWe condemn Iran's transfers of drones.",
			nil, []string{"CONDEMNED person:maria-santos state:IRN", "CONDEMNED person:jonas-berg state:IRN"}},
	})
}

// TestEventObjectBeforeSpeech covers a condemned unnamed event followed by a conjoined speech
// verb: a "that" after the speech verb opens what is said, not a relative clause naming the
// event's doer. Every sentence is our own.
func TestEventObjectBeforeSpeech(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a deplored veto is the vetoer's, whatever the speaker goes on to say",
			"The Security Council failed to adopt the draft, as China cast a negative vote. Canada strongly deplored the veto and said that the Council had been silenced.",
			[]string{"CONDEMNED state:CAN state:CHN"}, []string{"CONDEMNED state:CAN inst:unsc"}},
		{"present tense, 'stated that'",
			"Russia vetoed the draft resolution in the Security Council on Monday. Norway condemns the veto and stated that the Council must act.",
			[]string{"CONDEMNED state:NOR state:RUS"}, []string{"CONDEMNED state:NOR inst:unsc"}},
		{"a real relative clause still names the doer",
			"Mali denounced the illegal and harsh sanctions that ECOWAS imposed on Niger.",
			[]string{"CONDEMNED state:MLI inst:ecowas"}, nil},
	})
}

// TestStanceHead covers a demonym before a noun for a state's view (words.tsv stance-head): the
// state is the one supported. Every sentence is our own.
func TestStanceHead(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"backing the demonym's stance", "Belarus firmly backs the Russian stance on the war.",
			[]string{"SUPPORTS state:BLR state:RUS"}, nil},
		{"support for a demonym's position, as a noun", "The Chinese side expressed support for the Iranian position.",
			[]string{"SUPPORTS state:CHN state:IRN"}, nil},
		{"present-tense verb, plural stance noun", "Hungary supports the Ukrainian policies on the war.",
			[]string{"SUPPORTS state:HUN state:UKR"}, nil},
		{"a demonym before another noun is still only a modifier", "Belarus backs the Russian engine maker.",
			nil, []string{"SUPPORTS state:BLR state:RUS"}},
	})
}

// TestPartnersNamedAsMembers covers ALLY_OF where an owned plural partner noun names its
// members after ", including" or "such as". Every sentence is our own.
func TestPartnersNamedAsMembers(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"its partners, including a named state", "Washington and its partners, including South Korea, may look for other ways.",
			[]string{"ALLY_OF state:KOR state:USA"}, nil},
		{"its allies, including, past tense verb after", "Russia and its allies, including Belarus, voted against the text.",
			[]string{"ALLY_OF state:BLR state:RUS"}, nil},
		{"its partners such as a list", "Japan will work with its partners such as Australia and Canada.",
			[]string{"ALLY_OF state:AUS state:JPN", "ALLY_OF state:CAN state:JPN"}, nil},
		{"a possessor's partners such as a state", "The measures target Russia's partners, such as Iran.",
			[]string{"ALLY_OF state:IRN state:RUS"}, nil},
		{"unowned allies stay unnamed: the object is no partner", "The United States and its allies have continued to provide Ukraine with weapons.",
			nil, []string{"ALLY_OF state:UKR state:USA"}},
		{"with no owner, a name before is no partner of the members", "Japan will keep monitoring the North with partners such as Canada.",
			nil, []string{"ALLY_OF state:CAN state:PRK"}},
	})
}

// TestStandBy covers "stand (firmly) by" with an adverb between, and a demonym before a noun
// for a state's people as a side ("our Russian comrades"). Every sentence is our own.
func TestStandBy(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"stand firmly by a demonym's comrades", "Pyongyang will stand firmly by our Russian comrades until victory.",
			[]string{"SUPPORTS state:PRK state:RUS"}, nil},
		{"present tense, adverb, a named state", "Minsk stands resolutely by Moscow.",
			[]string{"SUPPORTS state:BLR state:RUS"}, nil},
		{"past tense, no adverb", "Hungary stood by Serbia throughout the crisis.",
			[]string{"SUPPORTS state:HUN state:SRB"}, nil},
		{"standing by a decision supports no party", "Minsk stood firmly by its decision to host the talks.",
			nil, []string{"SUPPORTS state:BLR state:BLR"}},
	})
}

// TestPossessiveInApposition covers ALLY_OF with a possessive pronoun in apposition to a list
// of names ("Norway and Denmark, its closest allies"): the pronoun is the clause's subject,
// not the name it stands beside. Every sentence is our own.
func TestPossessiveInApposition(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a list in apposition with 'its allies'", "Sweden thanked Norway and Denmark, its closest allies.",
			[]string{"ALLY_OF state:NOR state:SWE", "ALLY_OF state:DNK state:SWE"}, nil},
		{"one name, future tense", "Japan will deepen cooperation with Australia, its closest partner.",
			[]string{"ALLY_OF state:AUS state:JPN"}, nil},
		{"present tense, three names", "Poland trains with Lithuania, Latvia and Estonia, its Baltic allies.",
			[]string{"ALLY_OF state:LTU state:POL", "ALLY_OF state:LVA state:POL", "ALLY_OF state:EST state:POL"}, nil},
		{"with no other subject the apposition pairs nothing with itself", "Norway, its closest ally, was not named.",
			nil, []string{"ALLY_OF state:NOR state:NOR"}},
	})
}
