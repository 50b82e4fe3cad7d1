package extract

import "testing"

// TestTitleAppositionArguments: how a person attaches to the titles, appositions and
// coordinated names around them (SCHEMA.md, OFFICIAL_OF), in sentences of our own.
func TestTitleAppositionArguments(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		// "the State" is an anaphor for a state only where no capitalised word goes on with it.
		{"an office's complement opening with State + a capitalised word",
			"Chilean President Gabriel Boric and Luis Arce, Chairman of the State Planning Board of Bolivia, signed the accord on Tuesday.",
			[]string{"OFFICIAL_OF person:luis-arce inst:state-planning-board"},
			[]string{"OFFICIAL_OF person:luis-arce state:CHL"}},
		{"two offices of the second name after a demonym title",
			"Brazilian President Luiz Inacio Lula da Silva and Tomas Ruiz, Secretary General of the Socialist Party and Vice-Chairman of the State Defence Affairs of Paraguay, met in Asuncion.",
			[]string{"OFFICIAL_OF person:tomas-ruiz state:PRY"},
			[]string{"OFFICIAL_OF person:tomas-ruiz state:BRA"}},
		// A role phrase, then a comma and the holder's name the gazetteer does not know.
		{"a demonym and a capitalised role before the comma",
			"Oslo summoned the Hungarian Ambassador, Mate Kovacs, on Tuesday to protest.",
			[]string{"OFFICIAL_OF person:mate-kovacs state:HUN"}, nil},
		{"a demonym and a two-word office before the comma",
			"The minister spoke by phone with the Peruvian Foreign Minister, Rosa Quispe Vidal, when the vote ended.",
			[]string{"OFFICIAL_OF person:rosa-quispe-vidal state:PER"}, nil},
		{"an envoy's posting names the host, not the state served",
			"The Canadian Ambassador to the United Nations, Aline Berube, asked for a recorded vote.",
			[]string{"OFFICIAL_OF person:aline-berube state:CAN"},
			[]string{"OFFICIAL_OF person:aline-berube inst:un"}},
		{"a long office's complement before the comma",
			"The Spokesperson of the Ministry of Foreign Affairs of the Republic of Chile, Ines Maturana, rejected the report.",
			[]string{"OFFICIAL_OF person:ines-maturana"}, nil},
		{"an honorific between the comma and the name",
			"The forum was opened by the President of the Republic of Ghana, H.E. Kwame Boateng, in Accra.",
			[]string{"OFFICIAL_OF person:kwame-boateng state:GHA"}, nil},
		{"a name opening the main clause after the role's phrase is not its holder",
			"After talks with the Hungarian Ambassador, Mate Kovacs said the dispute was over.",
			nil, []string{"OFFICIAL_OF person:mate-kovacs state:HUN"}},
		// An apposition's role belongs to its own entry and its own name.
		{"a numbered entry's role ends at the next entry",
			"The following persons are listed:\n(1) Ana Lopez, Director of the National Customs Bureau\n(2) Pavel Andreyevich ORLOV, director of a Turkish freight company moving arms to the port of Izmir",
			nil, []string{"OFFICIAL_OF person:ana-lopez state:TUR"}},
		{"a bare apposition before the next titled name is the earlier name's",
			"Colonel Ana Ruiz, President of Peru, General Tomas Vidal, President of the Council of Chile, and Admiral Jose Neto signed the pact.",
			[]string{"OFFICIAL_OF person:ana-ruiz state:PER"},
			[]string{"OFFICIAL_OF person:tomas-vidal state:PER"}},
		{"a demonym naming a field of study is no employer",
			"\"It will not last,\" said Mira Santos, a lecturer in Brazilian history at the University of Lisbon.",
			nil, []string{"OFFICIAL_OF person:mira-santos state:BRA"}},
		{"a demonym after of naming a field of study is no employer",
			"Jonas Berg, a professor of Russian politics at Uppsala University, said the talks had failed.",
			nil, []string{"OFFICIAL_OF person:jonas-berg state:RUS"}},
		// The subject before a long apposition of two offices signs, not the state the
		// apposition names last.
		{"a signer's apposition of two offices joined by and",
			"Chilean President Ana Soto and Luis Mora, First Secretary of the Central Committee of the Communist Party and President of the Standing Council of State Affairs of the Republic of Cuba, signed a Treaty on Friendship and Cooperation on Monday.",
			[]string{"SIGNED person:luis-mora", "SIGNED person:ana-soto"},
			[]string{"SIGNED state:CUB agr:treaty-on-friendship-and-cooperation"}},
		{"a condemner's apposition of two offices",
			"Tomas Vidal, Secretary General of the Workers Party and Chairman of the Standing Committee of the National Congress of the Federative Republic of Brazil, condemned Russia on Monday.",
			[]string{"CONDEMNED person:tomas-vidal state:RUS"}, []string{"CONDEMNED state:BRA state:RUS"}},
		{"a short apposition still leaves the subject before it",
			"Marta Kask, Minister of Foreign Affairs of Estonia, condemned Russia on Monday.",
			[]string{"CONDEMNED person:marta-kask state:RUS"}, []string{"CONDEMNED state:EST state:RUS"}},
		// A signature block: the name's line, then its office's line.
		{"an office on the line under a signed name",
			"The ministry will respond in due course.\n\nAnna Lindqvist\nSpokesperson of the Ministry of Foreign Affairs of Sweden\n",
			[]string{"OFFICIAL_OF person:anna-lindqvist inst:sweden-foreign-ministry"}, nil},
		{"an office on the line under a signed name with a rank",
			"The fleet will stay in port.\n\nRear Admiral Jonas Berglund\nCommander of the Swedish Navy\n",
			[]string{"OFFICIAL_OF person:jonas-berglund"}, nil},
		{"prose on the line under a name is no office",
			"Report by Anna Lindqvist\nThe foreign minister of Sweden said on Monday that talks would resume.",
			nil, []string{"OFFICIAL_OF person:anna-lindqvist state:SWE"}},
		// A byline's or witness list's body after the office and its complement.
		{"a body after an office's complement and a bracketed remark",
			"Witnesses: Brigadier Helen Moss, Deputy Director of the Joint Staff (Plans), Ministry of Defence; and Omar Reid, Head of Unit, Foreign Office.",
			[]string{"OFFICIAL_OF person:helen-moss inst:ministry-of-defence"}, nil},
		{"a body after an office's complement",
			"The panel heard Tomas Grell, Senior Fellow for Arms Control, Stockholm International Peace Research Institute, on Tuesday.",
			[]string{"OFFICIAL_OF person:tomas-grell inst:sipri"}, nil},
		// "vice" belongs to the role after it, like "deputy".
		{"a demonym before a vice minister's title",
			"The forum was attended by Danish Vice Minister Lars Holm and Norwegian Vice Chairman Ola Dahl on Monday.",
			[]string{"OFFICIAL_OF person:lars-holm state:DNK", "OFFICIAL_OF person:ola-dahl state:NOR"}, nil},
	})
}
