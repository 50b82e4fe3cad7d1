package extract

import "testing"

// TestPrecisionRound10 covers false relations found on heldout12 and heldout13 (and the older
// sets) in the tenth round, one class at a time: sentences of our own in the family of the
// false reading, each beside a true reading of the same family that must still fire.
func TestPrecisionRound10(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// A body that watches, or a party that defies, a measure does not impose it: the
		// sanctions noun is the object of a verb of watching or defying (words.tsv reaction).
		{"a panel monitoring sanctions imposes none",
			"The Council ended the work of the panel of experts monitoring sanctions on Iran.",
			nil, []string{"SANCTIONED inst:unsc state:IRN"}},
		{"a named panel monitoring sanctions imposes none",
			"Moscow blocked a draft to renew the UN panel of experts monitoring sanctions on Eritrea.",
			nil, []string{"SANCTIONED inst:un-panel-of-experts state:ERI"}},
		{"a body that oversees the enforcement of sanctions imposes none",
			"The UN panel of experts, which oversees the enforcement of sanctions against Mali, met on Friday.",
			nil, []string{"SANCTIONED inst:un-panel-of-experts state:MLI"}},
		{"a state that evades sanctions imposes none",
			"Russia has helped Iran evade sanctions on its oil exports.",
			nil, []string{"SANCTIONED state:RUS state:IRN", "SANCTIONED state:IRN state:IRN"}},
		{"sanctions a state announced are still its own",
			"Canada announced new sanctions on Belarus on Tuesday.",
			[]string{"SANCTIONED state:CAN state:BLR"}, nil},
		{"sanctions a state imposed are still its own",
			"Australia imposed sanctions on Myanmar in February.",
			[]string{"SANCTIONED state:AUS state:MMR"}, nil},
	})
}

// TestPrecisionRound10Designation: "designate X as <role>" appoints X (cues.tsv class
// appointment); designating a party without such a role, or as a terrorist body, sanctions it.
func TestPrecisionRound10Designation(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a body designating a president as facilitator sanctions nobody",
			"The ECOWAS Authority designated President Julius Maada Bio of Sierra Leone as its facilitator for the talks.",
			nil, []string{"SANCTIONED inst:ecowas-authority person:julius-maada-bio"}},
		{"a state designating an envoy sanctions nobody",
			"Qatar designates Foreign Minister Mohammed bin Abdulrahman Al Thani as mediator between Russia and Ukraine.",
			nil, []string{"SANCTIONED state:QAT person:mohammed-bin-abdulrahman-al-thani"}},
		{"the designation of a mediator sanctions nobody",
			"Japan welcomed the designation of Norway as mediator in the talks.",
			nil, []string{"SANCTIONED state:JPN state:NOR"}},
		{"a state designating a body as terrorist still sanctions it",
			"Canada designated the Islamic Revolutionary Guard Corps as a terrorist entity in June.",
			[]string{"SANCTIONED state:CAN inst:irgc"}, nil},
		{"the designation of a body as terrorist still sanctions it",
			"Australia announced the designation of the Islamic Revolutionary Guard Corps as a terrorist organisation.",
			[]string{"SANCTIONED state:AUS inst:irgc"}, nil},
	})
}

// TestPrecisionRound10Victim: a name after a victim noun's "of" (words.tsv victim-noun) in a
// reaction's object suffered the act and is no target of the condemnation; the doer named
// after "by" or as a modifier before the noun is.
func TestPrecisionRound10Victim(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"the invasion of a state condemns no victim",
			"Japan condemned the invasion of Ukraine.",
			nil, []string{"CONDEMNED state:JPN state:UKR"}},
		{"the targeting of a state condemns no victim",
			"Oman strongly condemns the targeting of the Islamic Republic of Iran.",
			nil, []string{"CONDEMNED state:OMN state:IRN"}},
		{"the bombing of a state by another condemns the bomber",
			"Britain condemned the bombing of Yemen by the United States.",
			[]string{"CONDEMNED state:GBR state:USA"}, []string{"CONDEMNED state:GBR state:YEM"}},
		{"the occupation of a state by another condemns the occupier",
			"Poland denounced the occupation of Georgia by Russia.",
			[]string{"CONDEMNED state:POL state:RUS"}, []string{"CONDEMNED state:POL state:GEO"}},
		{"a demonym before the victim noun names the doer",
			"Japan condemned the Russian invasion of Ukraine.",
			[]string{"CONDEMNED state:JPN state:RUS"}, []string{"CONDEMNED state:JPN state:UKR"}},
		{"a possessor before the victim noun stays the target",
			"Lithuania condemned Russia's annexation of Crimea.",
			[]string{"CONDEMNED state:LTU state:RUS"}, nil},
		{"the support of a state is no victim noun",
			"The EU condemned the support of Iran for the war.",
			[]string{"CONDEMNED inst:eu state:IRN"}, nil},
	})
}

// TestPrecisionRound10HostState: a state after "in" that places a named body or an armed
// group ("the Houthis in Yemen", "rebels in Syria") is no source of the group's act: SCHEMA
// allows only states as ATTACKED and LAUNCHED sources, and the group is none.
func TestPrecisionRound10HostState(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a named group in a state launches nothing for the state",
			"The Houthis in Yemen fired ballistic missiles at Israel on Friday.",
			nil, []string{"LAUNCHED state:YEM weapon:ballistic-missile", "ATTACKED state:YEM state:ISR"}},
		{"rebels in a state attack nothing for the state",
			"Rebels in Syria attacked Turkey last week.",
			nil, []string{"ATTACKED state:SYR state:TUR"}},
		{"militants in a state launch nothing for the state",
			"Militants in Lebanon launched drones towards Israel.",
			nil, []string{"LAUNCHED state:LBN weapon:drone"}},
		{"a state as subject still launches",
			"Yemen fired ballistic missiles at Israel on Friday.",
			[]string{"LAUNCHED state:YEM weapon:ballistic-missile"}, nil},
		{"the regime in a capital is the state",
			"The regime in Tehran fired drones at Israel in April.",
			[]string{"LAUNCHED state:IRN weapon:drone"}, nil},
	})
}

// TestPrecisionRound10CoordinatedPassive: a participle coordinated with a passive one ("was
// blocked, rammed and boarded by") is passive too: its "by" agent is the doer, its subject
// the target, never the reverse.
func TestPrecisionRound10CoordinatedPassive(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"the second of two passive participles is passive",
			"Ukraine was attacked and invaded by Russia in 2022.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:UKR state:RUS"}},
		{"the middle of three passive participles is passive",
			"Vietnam was blocked, rammed and boarded by China near the reef.",
			[]string{"ATTACKED state:CHN state:VNM"}, []string{"ATTACKED state:VNM state:CHN"}},
		{"two active verbs stay active",
			"Russia attacked and invaded Ukraine in 2022.",
			[]string{"ATTACKED state:RUS state:UKR"}, []string{"ATTACKED state:UKR state:RUS"}},
	})
}

// TestPrecisionRound10RelativeBeforePassive: a passive verb after a non-restrictive relative
// clause ("Russia, which invaded Ukraine in 2022, has been accused by Seoul") has the clause's
// head as its subject, not the last name inside the clause.
func TestPrecisionRound10RelativeBeforePassive(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"the head of a which-clause is the passive subject",
			"Russia, which invaded Ukraine in 2022, was condemned by Canada on Monday.",
			[]string{"CONDEMNED state:CAN state:RUS"}, []string{"CONDEMNED state:CAN state:UKR"}},
		{"the head of a which-clause is sanctioned",
			"Belarus, which borders Lithuania, was sanctioned by the United Kingdom.",
			[]string{"SANCTIONED state:GBR state:BLR"}, []string{"SANCTIONED state:GBR state:LTU"}},
		{"the head of a which-clause is accused",
			"Iran, which backs Hezbollah, has been accused by Israel of supplying drones.",
			[]string{"CONDEMNED state:ISR state:IRN"}, []string{"CONDEMNED state:ISR inst:hezbollah"}},
		{"a passive without a relative clause keeps its nearest subject",
			"Ukraine's capital was struck by Russia overnight, and Kyiv, the capital, was hit again.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
	})
}

// TestPrecisionRound10SinceAfterVerb: a verb followed at once by "since" has no object there
// ("the first leader to visit since the Soviet Union collapsed"): the names after it date the
// act and are no destination or target.
func TestPrecisionRound10SinceAfterVerb(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a visit since a state's end goes nowhere",
			"He is the first Japanese leader to visit since the end of the Soviet Union.",
			nil, []string{"VISITED state:JPN state:SUN"}},
		{"a visit since an event in a state goes nowhere",
			"Modi became the first Indian prime minister to visit since Ukraine gained independence.",
			nil, []string{"VISITED state:IND state:UKR"}},
		{"a visit with its object before since still goes there",
			"Macron is the first French president to visit Kyiv since 2022.",
			[]string{"VISITED person:emmanuel-macron place:kyiv"}, []string{"VISITED state:FRA place:kyiv"}},
	})
}
