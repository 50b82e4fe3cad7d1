package extract

import "testing"

// TestPrecisionRound7 covers false relations found across every development set in the
// seventh round, one class at a time: sentences of our own in the family of the false
// reading, each beside a true reading of the same family that must still fire.
func TestPrecisionRound7(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// A buyer's source without "from" is named inside the bought object only; a name in a
		// later phrase of the clause ("to use them against X", "for use against X", "among
		// them X") is no seller.
		{"a name after 'against' in a later phrase sells nothing",
			"Armenia has received shipments of howitzers and intends to use them against Azerbaijan.",
			nil, []string{"SUPPLIED state:AZE state:ARM"}},
		{"a name after 'for use against' sells nothing",
			"Serbia's purchase of those drones for use against Kosovo alarmed its neighbours.",
			nil, []string{"SUPPLIED state:XKX state:SRB"}},
		{"a name in an 'among them' list after the object sells nothing",
			"Analysts said Venezuela has been buying parts since 2019, relying on a few partners, among them Cuba and Belarus.",
			nil, []string{"SUPPLIED state:CUB state:VEN", "SUPPLIED state:BLR state:VEN"}},
		{"a demonym inside the bought object still sells",
			"Armenia has bought Indian howitzers and intends to use them against Azerbaijan.",
			[]string{"SUPPLIED state:IND state:ARM"}, []string{"SUPPLIED state:AZE state:ARM"}},
		{"a seller after 'from' still sells",
			"Caracas obtained spare parts for its jets from Belarus last year.",
			[]string{"SUPPLIED state:BLR state:VEN"}, nil},
		{"a demonym in a relative clause's antecedent sells to the clause's buyer",
			"The Iranian drones that Moscow has been buying since 2022 were used against Kyiv.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		// Partners or allies that are a preposition's unnamed object, a comparison's "those
		// of", and a list described "as partners" pair nobody among the names before.
		{"unnamed partners after 'together with' pair nobody",
			"Kazakhstan, Uzbekistan and Kyrgyzstan plan joint border patrols, possibly together with Chinese partners.",
			nil, []string{"ALLY_OF state:KAZ state:UZB", "ALLY_OF state:KAZ state:KGZ", "ALLY_OF state:KGZ state:UZB"}},
		{"unnamed partners of a two-word nationality pair nobody",
			"Laos and Cambodia held drills with North Korean partners.",
			nil, []string{"ALLY_OF state:KHM state:LAO"}},
		{"unnamed allies after 'with' pair nobody",
			"Latvia and Lithuania remain in close contact with allies and partners.",
			nil, []string{"ALLY_OF state:LTU state:LVA"}},
		{"names stated to be partners still pair",
			"Kazakhstan and Uzbekistan are close partners.",
			[]string{"ALLY_OF state:KAZ state:UZB"}, nil},
		{"partners named after 'including' still pair with the owner",
			"Kazakhstan is consulting its partners, including Uzbekistan, on the plan.",
			[]string{"ALLY_OF state:KAZ state:UZB"}, nil},
		{"rules aligned with those of other states align no states",
			"Serbia's export rules are aligned with those of Hungary and Slovakia.",
			nil, []string{"ALLY_OF state:HUN state:SRB", "ALLY_OF state:SRB state:SVK", "ALLY_OF state:HUN state:SVK"}},
		{"measures against a state aligned with those of others align no states",
			"Norway's measures against Belarus are aligned with those of Sweden and Denmark.",
			nil, []string{"ALLY_OF state:BLR state:SWE", "ALLY_OF state:BLR state:DNK", "ALLY_OF state:NOR state:SWE"}},
		{"a state aligned with another still pairs",
			"Serbia has aligned itself with Hungary on migration.",
			[]string{"ALLY_OF state:HUN state:SRB"}, nil},
		{"a list described as partners pairs with the describer's state, not within itself",
			"Belarusian President Alexander Lukashenko described Russia, China and Iran as \"the partners who never abandon us\".",
			[]string{"ALLY_OF state:BLR state:RUS", "ALLY_OF state:BLR state:CHN", "ALLY_OF state:BLR state:IRN"},
			[]string{"ALLY_OF state:CHN state:RUS", "ALLY_OF state:IRN state:RUS", "ALLY_OF state:CHN state:IRN"}},
		{"a state described as an ally still pairs with the subject",
			"Minsk regards Moscow as its closest ally.",
			[]string{"ALLY_OF state:BLR state:RUS"}, nil},
		// A title with its office's complement right before a name is that name's, not the
		// previous name's apposition; a state's definite description followed by "of" is
		// the start of a name ("the Republic of The Gambia"), no anaphor.
		{"a title before the next name in a list is not the previous name's",
			"Swedish Prime Minister Ulf Kristersson, Danish Minister of Defence Troels Lund Poulsen and Norwegian Minister of Defence Bjorn Arild Gram met in Oslo.",
			[]string{"OFFICIAL_OF person:troels-lund-poulsen state:DNK", "OFFICIAL_OF person:ulf-kristersson state:SWE"},
			[]string{"OFFICIAL_OF person:ulf-kristersson state:DNK", "OFFICIAL_OF person:troels-lund-poulsen state:NOR"}},
		{"a title later in the clause before another name is that name's",
			"The commander, Colonel Anna Berg, spoke at a ceremony attended by Estonian Minister of Defence Hanno Pevkur.",
			[]string{"OFFICIAL_OF person:hanno-pevkur state:EST"}, []string{"OFFICIAL_OF person:anna-berg state:EST"}},
		{"a title with its office after a name's comma is still that name's",
			"Hanno Pevkur, Minister of Defence of Estonia, attended the ceremony.",
			[]string{"OFFICIAL_OF person:hanno-pevkur state:EST"}, nil},
		{"'the Republic of' opens a name and stands for no earlier state",
			"Leaders attended: Macky Sall, President of the Republic of Senegal; Adama Barrow, President of the Republic of The Gambia.",
			[]string{"OFFICIAL_OF person:macky-sall state:SEN", "OFFICIAL_OF person:adama-barrow state:GMB"},
			[]string{"OFFICIAL_OF person:adama-barrow state:SEN"}},
		{"'the republic' alone still stands for the state before",
			"Mali left ECOWAS in January. The republic also condemned France for its remarks.",
			[]string{"CONDEMNED state:MLI state:FRA"}, nil},
		// SCHEMA: assistance and aid are SUPPORTS; SUPPLIED needs weapons or goods.
		{"assistance provided is support, not a supply of goods",
			"Since 2008 Washington has provided more than $3 billion in assistance to Georgia.",
			nil, []string{"SUPPLIED state:USA state:GEO"}},
		{"security assistance a state needs is support, not goods",
			"France would continue to provide Moldova with the security assistance it needs.",
			nil, []string{"SUPPLIED state:FRA state:MDA"}},
		{"weapons provided are still supplied",
			"Since 2008 Washington has provided more than 300 howitzers to Georgia.",
			[]string{"SUPPLIED state:USA state:GEO"}, nil},
		{"defence packages provided are still supplied",
			"Norway has provided Moldova with 12 defence packages since 2022.",
			[]string{"SUPPLIED state:NOR state:MDA"}, nil},
	})
}
