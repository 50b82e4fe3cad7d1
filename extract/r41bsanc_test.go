package extract

import "testing"

// TestR41bMeasuresAgainst: "measures" announced, imposed or adopted against a named party are
// sanctions (triggers.tsv r41bsanc row); taking measures against an act is not. The texts
// are our own.
func TestR41bMeasuresAgainst(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"announced measures against a firm",
			"On Tuesday Canada and Japan announced measures against Mahan Air.",
			[]string{"SANCTIONED state:CAN inst:mahan-air", "SANCTIONED state:JPN inst:mahan-air"}, nil},
		{"imposed new measures on a state",
			"Norway imposed new measures on Belarus after the election.",
			[]string{"SANCTIONED state:NOR state:BLR"}, nil},
		{"taking measures against an act is no sanction",
			"South Korea will take stern measures against any provocation by North Korea.",
			nil, []string{"SANCTIONED state:KOR state:PRK"}},
		{"measures for a party are no sanction",
			"Germany announced measures to support Moldova.",
			nil, []string{"SANCTIONED state:DEU state:MDA"}},
	})
}

// TestR41bPortfolioTail: the words after "and" in a minister's portfolio ("Minister of
// Foreign Affairs and Regional Integration of the Republic of Chad") name a field of the
// office, no person, even when an apposition's comma follows (people.go portfolioTail); a
// name after a state in the chain is a person still. The texts are our own.
func TestR41bPortfolioTail(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"portfolio tail before a comma",
			"The talks were chaired by Moussa Faki Dabo, Minister of Foreign Affairs and Regional Integration of the Republic of Chad, in his role as chair.",
			[]string{"OFFICIAL_OF person:moussa-faki-dabo state:TCD"},
			[]string{"OFFICIAL_OF person:regional-integration state:TCD"}},
		{"a representative's name after the state is a person",
			"The representative of Ghana, Kwame Mensah, said the council had failed.",
			[]string{"OFFICIAL_OF person:kwame-mensah state:GHA"}, nil},
	})
}

// TestR41bRolePossessor: a state's possessive before a titles.txt role or a member-head
// plural in a sanctions object means the office holders, not the state (frames.go
// classModifier); before a plain noun the state is still the target. The texts are our own.
func TestR41bRolePossessor(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a state's minister and generals",
			"Canada on Tuesday sanctioned Belarus's interior minister and several senior generals.",
			nil, []string{"SANCTIONED state:CAN state:BLR"}},
		{"a state's minister named after the role",
			"Japan sanctioned Iran's Deputy Minister of Defence Reza Talaei on Friday.",
			[]string{"SANCTIONED state:JPN person:reza-talaei"}, []string{"SANCTIONED state:JPN state:IRN"}},
		{"a state's sector is the state's",
			"Canada sanctioned Belarus's potash sector on Tuesday.",
			[]string{"SANCTIONED state:CAN state:BLR"}, nil},
	})
}

// TestR41bHyphenatedEntryName: an author's entry line whose name joins given-name parts by a
// hyphen ("By Kim Ji-woo, Senior Fellow, ...") is an entry line still (entities.go
// roleEntryLine): the body after the role is a name and the author its official. A
// headline with a hyphenated word is no entry line. The texts are our own.
func TestR41bHyphenatedEntryName(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"hyphenated given name in a byline",
			"Pyongyang's Price\n\nBy Park Eun-ha, Senior Fellow, Gangwon Institute for Security Studies\n\nThe troops left in October.",
			[]string{"OFFICIAL_OF person:park-eun-ha inst:gangwon-institute-for-security-studies"}, nil},
		{"a headline is no entry line",
			"Kim Jong-un, Xi Hold Talks, Beijing Institute Says\n\nThe two leaders met on Monday.",
			nil, []string{"OFFICIAL_OF person:kim-jong-un inst:beijing-institute"}},
	})
}

// TestR41bUnitBeforeBody: an author's role may be followed by a programme or desk of the body
// before the body's name ("Senior Fellow, Sahel and Maghreb Programme, ...": officials.go
// unitBeforeComma); the author is the body's official. A person's name after the role is no
// unit. The texts are our own.
func TestR41bUnitBeforeBody(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a programme between role and body",
			"Desert Routes\n\nBy Ines Moreau, Research Fellow, Sahel and Maghreb Programme, Lisbon Institute for Strategic Studies\n\nThe convoy left in May.",
			[]string{"OFFICIAL_OF person:ines-moreau inst:lisbon-institute-for-strategic-studies"}, nil},
		{"a second person after the role",
			"Ines Moreau, Research Fellow, and Paolo Conti, Lisbon Institute for Strategic Studies, wrote the report.",
			nil, []string{"OFFICIAL_OF person:ines-moreau inst:lisbon-institute-for-strategic-studies"}},
	})
}

// TestR41bEnvoyToHost: an envoy's title before the comma of an apposition names the state
// served after "of" and the host after "to" ("the Ambassador of Norway to the Republic of
// Chile, X": officials.go roleOrgBeforeComma); the host is no employer. The texts are our own.
func TestR41bEnvoyToHost(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"ambassador of a state to a host, then the name",
			"The ministry summoned the Ambassador of Norway to the Republic of Chile, Lars Eide, on Monday.",
			[]string{"OFFICIAL_OF person:lars-eide state:NOR"}, []string{"OFFICIAL_OF person:lars-eide state:CHL"}},
		{"a second person after the envoy phrase is not its holder",
			"The Ambassador of Norway to Chile and his deputy, Lars Eide, left on Monday.",
			nil, []string{"OFFICIAL_OF person:lars-eide state:NOR"}},
	})
}
