package extract

import "testing"

// TestArgumentChoice covers which names a frame takes as its ends: a pronoun object is never
// one of its own verb's subjects, an apposition's comma is not a verb's, and short names of
// bodies resolve once the full name appeared. Every sentence is our own.
func TestArgumentChoice(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"an object pronoun after a list of subjects is none of them",
			"Poland, Lithuania and Latvia condemned the incursion on Sunday, calling it a reckless provocation.",
			nil, []string{"CONDEMNED state:POL state:LVA", "CONDEMNED state:LTU state:LVA", "CONDEMNED state:POL state:LTU"}},
		{"an object pronoun still names a party the subjects are not",
			"Finland and Estonia denounced Russia on Monday, calling it a threat to the region.",
			[]string{"CONDEMNED state:FIN state:RUS", "CONDEMNED state:EST state:RUS"},
			[]string{"CONDEMNED state:FIN state:EST", "CONDEMNED state:EST state:FIN"}},
		{"a participle's pronoun after a single subject is not that subject",
			"Hungary blocked the aid package, calling it a waste.",
			nil, []string{"CONDEMNED state:HUN state:HUN"}},
		{"'the Council' after the Security Council was named is that council",
			"The UN Security Council met on Tuesday. Ambassador Riad Haddad of Lebanon criticised the Council for its silence.",
			[]string{"CONDEMNED person:riad-haddad inst:unsc"}, nil},
		{"'the Council' before any full name is nobody's short form",
			"Armenia criticised the Council on Tuesday.",
			nil, []string{"CONDEMNED state:ARM inst:unsc"}},
		{"a verb after an apposition's closing comma does not link its subject to an agent noun in its object",
			"Martin Kimani, the representative of Kenya, thanked NATO members for their help.",
			nil, []string{"MEMBER_OF person:martin-kimani inst:nato", "MEMBER_OF state:KEN inst:nato"}},
		{"an apposition opened by 'as' links its name to the agent noun",
			"Brazil, as a founding member of BRICS, hosted the meeting.",
			[]string{"MEMBER_OF state:BRA inst:brics"}, nil},
		{"a subject with a 'together with' list in apposition: the head and the list act",
			"The government of Poland, together with the United States, Canada and the European Union, has condemned the military cooperation between Belarus and Russia.",
			[]string{"CONDEMNED state:POL state:BLR", "CONDEMNED state:USA state:BLR", "CONDEMNED state:CAN state:RUS"},
			[]string{"CONDEMNED state:POL state:USA"}},
		{"a bare 'with' aside between the verb and its 'to' adds members",
			"Tehran already belongs, with Moscow and Beijing, to the Shanghai Cooperation Organisation.",
			[]string{"MEMBER_OF state:IRN inst:sco", "MEMBER_OF state:RUS inst:sco", "MEMBER_OF state:CHN inst:sco"}, nil},
		{"a 'with' aside in the past tense, a single extra member",
			"Ghana belonged, with Togo, to the Economic Community of West African States from its founding.",
			[]string{"MEMBER_OF state:GHA inst:ecowas", "MEMBER_OF state:TGO inst:ecowas"}, nil},
		{"'along with' in the same place adds members too",
			"Kazakhstan belongs, along with Kyrgyzstan and Tajikistan, to the Collective Security Treaty Organization.",
			[]string{"MEMBER_OF state:KAZ inst:csto", "MEMBER_OF state:KGZ inst:csto", "MEMBER_OF state:TJK inst:csto"}, nil},
		{"'with' without the aside's comma is no fellow member",
			"Poland belongs to NATO and trades with Ukraine.",
			[]string{"MEMBER_OF state:POL inst:nato"}, []string{"MEMBER_OF state:UKR inst:nato"}},
		{"a 'with' aside not closed by a comma adds nobody",
			"Hungary sided, with obvious reluctance, with the majority of the European Union.",
			nil, []string{"MEMBER_OF state:HUN inst:eu"}},
		{"a permanent seat in apposition is a seat on the Security Council the document names",
			"The UN Security Council voted on Tuesday. China, one of the five permanent members, cast the only vote against it.",
			[]string{"MEMBER_OF state:CHN inst:unsc"}, nil},
		{"an elected seat in a copula, plural subjects",
			"The UN Security Council met in New York. Malta and Mozambique are elected members this year.",
			[]string{"MEMBER_OF state:MLT inst:unsc", "MEMBER_OF state:MOZ inst:unsc"}, nil},
		{"a named body after 'of' wins over the default",
			"Brazil is a permanent member of the Mercosur Parliament, unlike the UN Security Council.",
			nil, []string{"MEMBER_OF state:BRA inst:unsc"}},
		{"a seat whose holder is the agent of a passive is not the name before it",
			"The UN Security Council met. The text would have condemned the vote in Ukraine, as a result of a negative vote cast by a permanent member.",
			nil, []string{"MEMBER_OF state:UKR inst:unsc"}},
		{"an apposition that is not a list still names its head",
			"Kim Yo Jong, the sister of Kim Jong Un, criticized Seoul on Monday.",
			[]string{"CONDEMNED person:kim-yo-jong state:KOR"}, []string{"CONDEMNED person:kim-jong-un state:KOR"}},
		{"a state's airline is no state",
			"France and Germany imposed sanctions on Iran Air on Tuesday.",
			[]string{"SANCTIONED state:FRA inst:iran-air", "SANCTIONED state:DEU inst:iran-air"},
			[]string{"SANCTIONED state:FRA state:IRN"}},
		{"a person in apposition to a possessed role noun is the subject of a coordinated verb",
			"Poland's envoy, Anna Nowak, welcomed the vote and condemned Belarus on Friday.",
			[]string{"CONDEMNED person:anna-nowak state:BLR"}, []string{"CONDEMNED state:POL state:BLR"}},
		{"the state of a possessed role noun is still the one a thanked party helps",
			"Latvia's envoy, Ivars Berzins, thanked Sweden for its support.",
			[]string{"SUPPORTS state:SWE state:LVA"}, []string{"SUPPORTS state:SWE person:ivars-berzins"}},
		{"the possessor of a plain noun in an act's complement suffers the act",
			"Japan denounced the harassment of the Philippines' fishing fleet near Scarborough Shoal.",
			nil, []string{"CONDEMNED state:JPN state:PHL"}},
		{"likewise with the possessive 's",
			"Canada denounced the obstruction of Ukraine's grain exports.",
			nil, []string{"CONDEMNED state:CAN state:UKR"}},
		{"the possessor of an agent noun in the complement is the doer",
			"Japan condemned the conduct of China's coast guard on Sunday.",
			[]string{"CONDEMNED state:JPN inst:china-coast-guard"}, nil},
	})
}

// TestOfficialsBySpeakingAndPossessive covers OFFICIAL_OF stated by speaking for a state and
// by a state's possessive right before a person. Every sentence is our own.
func TestOfficialsBySpeakingAndPossessive(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"an apposition speaking for a state",
			"Maria Lopez, speaking for Mexico, said the text was unbalanced.",
			[]string{"OFFICIAL_OF person:maria-lopez state:MEX"}, nil},
		{"an opening phrase speaking on behalf of a state",
			"Speaking on behalf of Norway, Erik Dahl welcomed the vote.",
			[]string{"OFFICIAL_OF person:erik-dahl state:NOR"}, nil},
		{"representing a body",
			"Hanna Berg, representing the European Union, urged restraint.",
			[]string{"OFFICIAL_OF person:hanna-berg inst:eu"}, nil},
		{"a state's possessive right before a person",
			"Brazil's Celso Amorim told reporters that talks would resume.",
			[]string{"OFFICIAL_OF person:celso-amorim state:BRA"}, nil},
		{"speaking about a state is no speaking for it",
			"Erik Dahl, speaking about Norway, said the vote was close.",
			nil, []string{"OFFICIAL_OF person:erik-dahl state:NOR"}},
		{"an opening phrase that is not the first comma's does not tie the name",
			"After the vote, speaking for Chile, the chair thanked Erik Dahl, who left.",
			nil, []string{"OFFICIAL_OF person:erik-dahl state:CHL"}},
	})
}

// TestCataphoricPossessive covers "his"/"her" in an opening phrase that points forward to the
// main clause's subject. Every sentence is our own.
func TestCataphoricPossessive(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"an opening phrase's 'his' is the main clause's subject",
			"During his visit to Jakarta last week, Prime Minister Anthony Albanese met President Joko Widodo.",
			[]string{"VISITED person:anthony-albanese place:jakarta"}, nil},
		{"also after a speaker's label",
			"Mao Ning: During his visit to Brazil, Premier Li Qiang met President Lula da Silva.",
			[]string{"VISITED person:li-qiang state:BRA"}, []string{"VISITED person:mao-ning state:BRA"}},
		{"'his' after the subject still looks back",
			"Olaf Scholz spoke in Berlin after his visit to Warsaw.",
			[]string{"VISITED person:olaf-scholz place:warsaw"}, nil},
	})
}
