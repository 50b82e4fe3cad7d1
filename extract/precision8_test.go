package extract

import "testing"

// TestPrecisionRound8 covers false relations found on heldout8 and heldout9 (and the older
// sets) in the eighth round, one class at a time: sentences of our own in the family of the
// false reading, each beside a true reading of the same family that must still fire.
func TestPrecisionRound8(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// After an envoy's title "to X" names the host the envoy is sent to: the envoy is an
		// official of the sending state, not of the host body.
		{"an ambassador to the UN is no official of the UN",
			"Amir Haddad, Jordan's ambassador to the UN, said the text was unbalanced.",
			[]string{"OFFICIAL_OF person:amir-haddad state:JOR"}, []string{"OFFICIAL_OF person:amir-haddad inst:un"}},
		{"a permanent representative to NATO is no official of NATO",
			"Lena Vogt, Germany's permanent representative to NATO, told reporters the plan was ready.",
			[]string{"OFFICIAL_OF person:lena-vogt state:DEU"}, []string{"OFFICIAL_OF person:lena-vogt inst:nato"}},
		{"a deputy envoy to the United Nations is no official of it",
			"Kenji Mori, Japan's deputy envoy to the United Nations, called for restraint.",
			nil, []string{"OFFICIAL_OF person:kenji-mori inst:un"}},
		{"a spokeswoman for the UN is still its official",
			"Ana Lopes, a spokeswoman for the UN, said the convoy had arrived.",
			[]string{"OFFICIAL_OF person:ana-lopes inst:un"}, nil},
		{"a minister of a state is still its official",
			"Tomas Berg, the Minister of Defence of Sweden, said the drills would go ahead.",
			[]string{"OFFICIAL_OF person:tomas-berg state:SWE"}, nil},
		// A relative clause right after a plain common noun ("anyone who helps", "a rocket
		// that struck") has that noun as its subject: no name further left is.
		{"a verb after 'anyone who' has no named subject",
			"Seoul said it would keep punishing anyone who helps Pyongyang evade the embargo.",
			nil, []string{"SUPPORTS state:KOR state:PRK"}},
		{"a verb after 'a rocket that' has no named subject",
			"Kyiv said on Monday a rocket that struck Kharkiv had been made abroad.",
			nil, []string{"ATTACKED state:UKR place:kharkiv"}},
		{"a verb after 'any firm that' has no named subject",
			"Paris will fine any firm that supplies Russia with drone parts.",
			nil, []string{"SUPPLIED state:FRA state:RUS"}},
		{"a relative clause after a name still has it as subject",
			"Observers blamed Russia, which attacked Odesa overnight.",
			[]string{"ATTACKED state:RUS place:odesa"}, nil},
		{"a subject before 'helps' with no relative clause still helps",
			"Seoul helps Kyiv rebuild its grid.",
			[]string{"SUPPORTS state:KOR state:UKR"}, nil},
		// Sanctions on a class of a state's people or firms ("Russian entities") are on the
		// unnamed members, also when several demonyms share the class noun; a pronoun before
		// a speech verb after the class noun is that clause's subject, no target.
		{"coordinated demonyms before a class noun are no targets",
			"Canada has sanctioned Belarusian and Russian officials involved in the deportations.",
			nil, []string{"SANCTIONED state:CAN state:BLR", "SANCTIONED state:CAN state:RUS"}},
		{"three coordinated demonyms before a class noun are no targets",
			"Japan designated Russian, Iranian and North Korean firms on Friday.",
			nil, []string{"SANCTIONED state:JPN state:RUS", "SANCTIONED state:JPN state:IRN", "SANCTIONED state:JPN state:PRK"}},
		{"a pronoun before a speech verb after the class noun is no target",
			"Australia imposed sanctions on Iranian companies it says supplied drones to Moscow.",
			nil, []string{"SANCTIONED state:AUS state:IRN", "SANCTIONED state:AUS state:AUS"}},
		{"a named state after sanctions is still a target",
			"Canada has sanctioned Belarus and Russia over the deportations.",
			[]string{"SANCTIONED state:CAN state:BLR", "SANCTIONED state:CAN state:RUS"}, nil},
		{"a pronoun object of sanctions is still a target",
			"Japan named Iran in March and sanctioned it in May.",
			[]string{"SANCTIONED state:JPN state:IRN"}, nil},
		// Partners "of" a body work with it from outside; only the body right before
		// "partners" makes them its members.
		{"partners of a body are no members",
			"Lithuania expressed solidarity with Australia and New Zealand, partners of NATO in the Pacific.",
			nil, []string{"MEMBER_OF state:AUS inst:nato", "MEMBER_OF state:NZL inst:nato"}},
		{"states described as partners of a bloc are no members",
			"Japan and South Korea, close partners of the European Union, joined the call.",
			nil, []string{"MEMBER_OF state:JPN inst:eu", "MEMBER_OF state:KOR inst:eu"}},
		{"the body right before 'partners' still makes members",
			"Australia, Britain and the United States, the three AUKUS partners, met in Canberra.",
			[]string{"MEMBER_OF state:AUS inst:aukus", "MEMBER_OF state:GBR inst:aukus", "MEMBER_OF state:USA inst:aukus"}, nil},
		{"allies of a body are still its members",
			"Poland and Romania, allies of NATO on its eastern flank, asked for more air defence.",
			[]string{"MEMBER_OF state:POL inst:nato"}, nil},
		// A government body the gazetteer seats in a state supplies for that state; a body
		// with no seat stays the supplier.
		{"a seated ministry's sale is its state's",
			"The U.S. State Department approved a sale of radar systems to Taiwan on Friday.",
			[]string{"SUPPLIED state:USA state:TWN"}, []string{"SUPPLIED inst:us-department-of-state state:TWN"}},
		{"a seated department's transfer in another tense is its state's",
			"The State Department will send more drones to Ukraine, officials said.",
			[]string{"SUPPLIED state:USA state:UKR"}, []string{"SUPPLIED inst:us-department-of-state state:UKR"}},
		{"a body with no seat is still the supplier",
			"The European Union sent air defence systems to Ukraine in May.",
			[]string{"SUPPLIED inst:eu state:UKR"}, nil},
		// A plural "targets" after a preposition and one or two modifiers ("raids on critical
		// targets") is the noun, no verb whose object a later clause's place would be.
		{"'targets' after 'on' and a modifier is a noun",
			"Observers say the Russian side again rehearsed raids on critical targets and closure of harbours, that Moscow has moved additional Iskander units to Kaliningrad.",
			[]string{"DEPLOYED state:RUS place:kaliningrad"}, []string{"ATTACKED state:RUS place:kaliningrad"}},
		{"'targets' after 'on' and another modifier is a noun",
			"The report notes that the Iranian side again staged attacks on strategic targets and seizure of tankers, that Tehran has moved additional IRGC units to Bushehr.",
			nil, []string{"ATTACKED state:IRN place:bushehr"}},
		{"'targets' as a verb after its subject still attacks",
			"Russia targets Kharkiv almost every night.",
			[]string{"ATTACKED state:RUS place:kharkiv"}, nil},
		// A name inside a "who" clause on a verb's unnamed object ("those who supply Moscow")
		// is that clause's, not the verb's object.
		{"a name in a who-clause on 'those' is no sanction target",
			"Tokyo will sanction those who supply Moscow with drones.",
			nil, []string{"SANCTIONED state:JPN state:RUS"}},
		{"a name in a who-clause on 'anyone' is no sanction target",
			"Canberra said it would keep sanctioning anyone who arms Pyongyang.",
			nil, []string{"SANCTIONED state:AUS state:PRK"}},
		{"a named object before a which-clause is still the target",
			"Japan sanctioned Iran, which supplied drones to Russia.",
			[]string{"SANCTIONED state:JPN state:IRN", "SUPPLIED state:IRN state:RUS"}, []string{"SANCTIONED state:JPN state:RUS"}},
	})
}
