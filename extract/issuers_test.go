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
