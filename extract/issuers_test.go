package extract

import "testing"

// TestSignatureBlock: the persons a signature block lists under a joint text sign the
// agreement the text's own title line names; texts of our own, with near misses.
func TestSignatureBlock(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'Signed by:' and one line per signer under a declaration's title",
			"JOINT DECLARATION OF THE FOREIGN MINISTERS OF POLAND AND LITHUANIA\nVilnius Declaration on Energy Security in the Baltic Region\nVilnius, 12 April 2024\n\nWe, the Foreign Ministers of Poland and Lithuania, met in Vilnius.\n\nSigned by:\nRadosław Sikorski, Minister of Foreign Affairs of Poland\nGabrielius Landsbergis, Minister of Foreign Affairs of Lithuania",
			[]string{"SIGNED person:radosław-sikorski agr:vilnius-declaration-on-energy-security-in-the-baltic-region",
				"SIGNED person:gabrielius-landsbergis agr:vilnius-declaration-on-energy-security-in-the-baltic-region"}, nil},
		{"'Signatories' over three leaders of a charter",
			"Riga Charter on Cyber Defence\nRiga, 3 June 2024\n\nThe three states agree to pool their cyber forces.\n\nSignatories:\nEdgars Rinkevics, President of Latvia\nAlar Karis, President of Estonia\nGitanas Nauseda, President of Lithuania",
			[]string{"SIGNED person:edgars-rinkevics agr:riga-charter-on-cyber-defence", "SIGNED person:alar-karis agr:riga-charter-on-cyber-defence",
				"SIGNED person:gitanas-nauseda agr:riga-charter-on-cyber-defence"}, nil},
		{"a title agreement with a region inside and a city first, above its dateline",
			"Joint Statement\nBratislava Declaration on Security in Central Europe\nBratislava, 8 March 2024\n\nThe ministers met.\n\nSigned by:\nJuraj Blanar, Minister of Foreign Affairs of Slovakia",
			[]string{"SIGNED person:juraj-blanar agr:bratislava-declaration-on-security-in-central-europe"}, nil},
		{"a block under a text whose title names no agreement signs nothing",
			"Press Release\nVilnius, 12 April 2024\n\nThe ministers discussed the Vilnius Declaration on Energy Security.\n\nSigned by:\nRadosław Sikorski, Minister of Foreign Affairs of Poland",
			nil, []string{"SIGNED person:radosław-sikorski agr:vilnius-declaration-on-energy-security"}},
		{"'signed by' inside a running sentence opens no block",
			"Vilnius Declaration on Energy Security\nVilnius, 12 April 2024\n\nThe text was signed by the ministers.\nRadosław Sikorski later spoke to reporters.",
			nil, []string{"SIGNED person:radosław-sikorski agr:vilnius-declaration-on-energy-security"}},
		{"a person named inside a signer's line after the name does not sign",
			"Vilnius Declaration on Energy Security\nVilnius, 12 April 2024\n\nThe ministers met.\n\nSigned by:\nGabrielius Landsbergis, Minister of Foreign Affairs of Lithuania, for President Gitanas Nauseda",
			[]string{"SIGNED person:gabrielius-landsbergis agr:vilnius-declaration-on-energy-security"}, []string{"SIGNED person:gitanas-nauseda agr:vilnius-declaration-on-energy-security"}},
	})
}

// TestIssuerGroups: in a joint text that declares its issuers (a "We, the ... of" opening or
// a title "... OF THE GOVERNMENTS OF ..."), "all five of us", "the three states" and a "they"
// after them stand for those states; texts of our own, with near misses.
func TestIssuerGroups(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'all five of us' after a 'We, the ... of' opening with five states",
			"We, the Defence Ministers of Norway, Denmark, Sweden, Finland and Iceland, met in Oslo on 2 May 2024.\n\nAll five of us are now bound together as allies.",
			[]string{"ALLY_OF state:DNK state:NOR", "ALLY_OF state:FIN state:ISL", "ALLY_OF state:ISL state:SWE"}, nil},
		{"a number with a modifier and a group noun: 'all six Nordic-Baltic countries'",
			"We, the Foreign Ministers of Denmark, Estonia, Finland, Latvia, Lithuania and Sweden, met in Riga.\n\nAll six Nordic-Baltic countries are bound together as allies.",
			[]string{"ALLY_OF state:DNK state:EST", "ALLY_OF state:LTU state:SWE"}, nil},
		{"a body's name as the group's modifier: 'all five NATO countries'",
			"We, the Defence Ministers of Norway, Denmark, Sweden, Finland and Iceland, met in Oslo on 2 May 2024.\n\nAll five NATO countries are now bound together as allies.",
			[]string{"ALLY_OF state:DNK state:NOR", "ALLY_OF state:FIN state:SWE"}, nil},
		{"a state's name inside the phrase makes it no bare group",
			"We, the Defence Ministers of Norway, Denmark and Sweden, met in Oslo on 2 May 2024.\n\nThe three Norway-led battalions are now bound together as allies.",
			nil, []string{"ALLY_OF state:DNK state:SWE"}},
		{"'the three states' and a 'they' after them in a communique of three governments",
			"JOINT COMMUNIQUE OF THE GOVERNMENTS OF CHAD, THE REPUBLIC OF SUDAN AND LIBYA\nN'Djamena, 4 March 2024\n\nPresident Mahamat Deby and President Abdel Fattah al-Burhan met the Libyan envoy.\n\nThe three states recall that they signed the Sahara Border Charter in 2023.",
			[]string{"SIGNED state:TCD agr:sahara-border-charter", "SIGNED state:SDN agr:sahara-border-charter", "SIGNED state:LBY agr:sahara-border-charter"},
			[]string{"SIGNED person:mahamat-deby agr:sahara-border-charter"}},
		{"'our three countries' in a statement whose title names its three issuers",
			"Joint Statement of the Leaders of Chile, Peru and Ecuador\nLima, 2 May 2024\n\nWe met today in Lima. Our three countries stand together as close allies.",
			[]string{"ALLY_OF state:CHL state:PER", "ALLY_OF state:ECU state:PER", "ALLY_OF state:CHL state:ECU"}, nil},
		{"an aside naming a member (', Iceland included,') stays inside the group",
			"We, the Foreign Ministers of Norway, Iceland and Denmark, met in Reykjavik.\n\nAll three countries, Iceland included, are now bound together as allies.",
			[]string{"ALLY_OF state:ISL state:NOR", "ALLY_OF state:DNK state:ISL", "ALLY_OF state:DNK state:NOR"}, nil},
		{"', including Denmark,' after 'all three of us'",
			"We, the Foreign Ministers of Norway, Iceland and Denmark, met in Reykjavik.\n\nAll three of us, including Denmark, are now bound together as allies.",
			[]string{"ALLY_OF state:DNK state:NOR", "ALLY_OF state:DNK state:ISL"}, nil},
		{"an aside naming a state outside the declared set is no part of the group",
			"We, the Foreign Ministers of Norway, Iceland and Denmark, met in Reykjavik.\n\nAll three countries, Sweden included, are now bound together as allies.",
			nil, []string{"ALLY_OF state:ISL state:SWE"}},
		{"'we' after a joint statement by governments is the issuers outside quotes",
			"The joint statement by the Governments of Chile, Peru and Ecuador was issued in Lima.\n\nWe condemn Bolivia's attack on Paraguay.",
			[]string{"CONDEMNED state:CHL state:BOL", "CONDEMNED state:ECU state:BOL"}, nil},
		{"a quoted 'we' in a report on a joint statement is its speaker's side, not the issuers",
			"The joint statement by the Governments of Chile, Peru and Ecuador was issued in Lima.\n\n\"We condemn Bolivia's attack on Paraguay,\" a Brazilian diplomat said.",
			nil, []string{"CONDEMNED state:CHL state:BOL", "CONDEMNED state:ECU state:BOL"}},
		{"a number that is not the declared issuers' count refers to no issuers",
			"We, the Foreign Ministers of Norway, Denmark and Sweden, met in Oslo.\n\nAll five countries are now bound together as allies.",
			nil, []string{"ALLY_OF state:DNK state:NOR"}},
		{"without a declared set, 'all of us' in a report stands for nobody",
			"Norway, Denmark and Sweden sent envoys to the talks in Oslo.\n\nAll of us are now bound together as allies, one envoy said.",
			nil, []string{"ALLY_OF state:DNK state:NOR"}},
	})
}

// TestIssuerBody: a first-person apposition that names a body before its heads and their
// states ("We, the Quad Foreign Ministers of A, B, ...") speaks as the body, and each state it
// lists is a member of the body; one that names no body before its heads speaks as the
// states, and one whose body follows the heads names no members. Texts of our own.
func TestIssuerBody(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// Stop 21 (testdata/README.md "Settled in stop 21"): an apposition that spells out
		// states after its body and heads speaks as each of them, no longer as the body.
		{"a body before the heads: each listed state speaks, and is a member of the body",
			"Quad Foreign Ministers' Statement\nTokyo, 29 July 2024\n\nWe, the Quad Foreign Ministers of Australia, India, Japan and the United States, meeting in Tokyo, condemn North Korea's missile launches.\n\nWe reaffirm our support for the Philippines.",
			[]string{"CONDEMNED state:AUS state:PRK", "CONDEMNED state:USA state:PRK", "SUPPORTS state:JPN state:PHL", "SUPPORTS state:IND state:PHL",
				"MEMBER_OF state:AUS inst:quad", "MEMBER_OF state:IND inst:quad", "MEMBER_OF state:JPN inst:quad", "MEMBER_OF state:USA inst:quad"},
			[]string{"CONDEMNED inst:quad state:PRK", "SUPPORTS inst:quad state:PHL"}},
		{"a numbered paragraph, a further signer after the states, and a later 'we' that denounces",
			"1. We, the GCC Ministers of Saudi Arabia, Qatar, Kuwait and Oman, and the Secretary-General of the Council, denounce the Houthi attacks on shipping.\n\n2. We also condemned Iran in past statements.",
			[]string{"CONDEMNED state:SAU inst:houthis", "CONDEMNED state:QAT state:IRN",
				"MEMBER_OF state:SAU inst:gcc", "MEMBER_OF state:QAT inst:gcc", "MEMBER_OF state:KWT inst:gcc", "MEMBER_OF state:OMN inst:gcc"},
			[]string{"CONDEMNED inst:gcc inst:houthis", "CONDEMNED inst:gcc state:IRN"}},
		{"heads that hold 'of State and Government' before their states",
			"We, the G7 Heads of State and Government of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, will support Ukraine.",
			[]string{"SUPPORTS state:CAN state:UKR", "SUPPORTS state:USA state:UKR", "MEMBER_OF state:CAN inst:g7", "MEMBER_OF state:ITA inst:g7"},
			[]string{"SUPPORTS inst:g7 state:UKR"}},
		{"no body before the heads: the listed states speak, and are members of nothing",
			"We, the Foreign Ministers of Poland, Lithuania and Latvia, condemn Belarus's border provocations.",
			[]string{"CONDEMNED state:POL state:BLR", "CONDEMNED state:LVA state:BLR"},
			[]string{"MEMBER_OF state:POL inst:eu", "MEMBER_OF state:POL inst:nato"}},
		{"the body after the heads: the body speaks and no state is named a member",
			"We, the Leaders of the G7, condemn Russia's strikes on Kharkiv. We stand with Ukraine and its people.",
			[]string{"CONDEMNED inst:g7 state:RUS"},
			[]string{"MEMBER_OF state:UKR inst:g7", "MEMBER_OF state:RUS inst:g7"}},
		{"a body and one state only: no list of members",
			"We, the EU Ministers of France, condemn the attack.",
			nil, []string{"MEMBER_OF state:FRA inst:eu"}},
		{"a body named in the middle of a sentence is no issuer apposition",
			"Officials said that we, the G7 Foreign Ministers of Canada and Japan, would meet again, but the report added nothing.",
			nil, []string{"MEMBER_OF state:CAN inst:g7", "MEMBER_OF state:JPN inst:g7"}},
	})
}

// TestSpeechOwner: "our" in a speech is the speaker's state as an owner, like a possessive
// name: "Finland, our closest ally" is Finland ALLY_OF the speaker's state, as "Finland,
// Sweden's closest ally" is. Texts of our own, with near misses.
func TestSpeechOwner(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"'our closest ally' in apposition with a state, in a speech",
			"Speech by Prime Minister Jonas Gahr Store at the Oslo security conference\n\nNorway will train with Denmark.\n\nWe thank Denmark, our closest ally, for its help.",
			[]string{"ALLY_OF state:DNK state:NOR"}, nil},
		{"'our partners' after a name in an address",
			"Address by President Alar Karis to the Riigikogu\n\nEstonia stands firm.\n\nWe will exercise with Latvia, our Baltic partner, next spring.",
			[]string{"ALLY_OF state:EST state:LVA"}, nil},
		{"a copula: 'X is our closest ally'",
			"Remarks by Prime Minister Luc Frieden in Luxembourg\n\nLuxembourg depends on trade.\n\nBelgium is our closest ally.",
			[]string{"ALLY_OF state:BEL state:LUX"}, nil},
		{"in a news report 'our' is nobody's: no ally",
			"Norway will train with Denmark, officials said.\n\n\"We thank Denmark, our closest ally,\" a soldier told reporters.",
			nil, []string{"ALLY_OF state:DNK state:NOR"}},
		{"'our' before a thing that is no ally makes no tie",
			"Speech by Prime Minister Jonas Gahr Store at the Oslo security conference\n\nNorway will train with Denmark.\n\nWe visited Denmark, our neighbour to the south.",
			nil, []string{"ALLY_OF state:DNK state:NOR"}},
	})
}

// TestSpeakerLabelNotMember: a person named in a speaker label ("Spokesman, Colonel X:") reads
// the text out and is no member of the group it names ("The Heads of State denounce ...").
func TestSpeakerLabelNotMember(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a spokesman's label before the leaders a communique names",
			"JOINT COMMUNIQUE OF THE GOVERNMENTS OF ZAMBIA AND MADAGASCAR\n(read on national television, Sunday 3 March 2024)\n\nSpokesman, Colonel Issa Maiga: Their Excellencies President Andry Rajoelina, President of Madagascar, and President Hakainde Hichilema, President of Zambia, decide to leave the Commission.\n\nThe Heads of State strongly denounce Rwanda.",
			[]string{"CONDEMNED person:andry-rajoelina state:RWA", "CONDEMNED person:hakainde-hichilema state:RWA"},
			[]string{"CONDEMNED person:issa-maiga state:RWA"}},
		{"without a label, the leaders named together are the group",
			"President Andry Rajoelina and President Hakainde Hichilema met in Lusaka.\n\nThe leaders strongly denounce Rwanda.",
			[]string{"CONDEMNED person:andry-rajoelina state:RWA", "CONDEMNED person:hakainde-hichilema state:RWA"}, nil},
	})
}
