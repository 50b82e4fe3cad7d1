package extract

import "testing"

// Stop 44, h44memb: the names in a closed apposition right after the body of a linked
// membership noun ("members of", "participants of", "member states of") are the members,
// as "including" after it already makes them: "The three members of the bloc, A, B and C,
// met". The apposition must be closed by the mark that opened it (a comma, or a spaced
// dash); an open list after a comma is the clause's own subject, not an apposition. Every
// test text is our own wording.
func TestH44membApposedMembers(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"comma apposition after participants of, Balkans",
			"The four participants of the Berlin Process, Serbia, Montenegro, Albania and Kosovo, sent their foreign ministers to the summit.",
			[]string{"MEMBER_OF state:SRB inst:berlin-process", "MEMBER_OF state:MNE inst:berlin-process",
				"MEMBER_OF state:ALB inst:berlin-process", "MEMBER_OF state:UNK inst:berlin-process"}, nil},
		{"comma apposition after members of, Great Lakes",
			"Two members of the East African Community, Rwanda and Burundi, traded accusations over the border closure.",
			[]string{"MEMBER_OF state:RWA inst:eac", "MEMBER_OF state:BDI inst:eac"}, nil},
		{"dash apposition after member states of, southern Africa",
			"The member states of the Southern African Development Community - Malawi, Tanzania and South Africa - pledged troops.",
			[]string{"MEMBER_OF state:MWI inst:sadc", "MEMBER_OF state:TZA inst:sadc", "MEMBER_OF state:ZAF inst:sadc"}, nil},
		{"single name apposition, Latin America",
			"One member of Mercosur, Paraguay, has refused to sign the declaration.",
			[]string{"MEMBER_OF state:PRY inst:mercosur"}, nil},
		{"near miss: an open list after the comma is the clause subject",
			"Addressing members of the Andean Community, Chile called for calm.",
			nil, []string{"MEMBER_OF state:CHL inst:andean-community"}},
		{"near miss: a dash apposition left open",
			"He spoke to the members of the Caribbean Community - Haiti was not among them.",
			nil, []string{"MEMBER_OF state:HTI inst:caricom"}},
	})
}

// TestH44membDemonymPartners: a state's demonym modifying an ally or partner noun owned by a
// possessive pairs the owner with that state ("its Eritrean allies", "Moscow's Belarusian
// ally"); without an owner the noun pairs nothing (h44memb). Our own wording.
func TestH44membDemonymPartners(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"its + demonym + partners, object of with",
			"Colombia has discussed the border crossings with its Venezuelan partners.",
			[]string{"ALLY_OF state:COL state:VEN"}, nil},
		{"coordinated subject and its demonym allies",
			"Ethiopia and its Eritrean allies fought in Tigray.",
			[]string{"ALLY_OF state:ERI state:ETH"}, nil},
		{"direct object, Balkans",
			"Serbia consulted its Chinese partners on the railway deal.",
			[]string{"ALLY_OF state:CHN state:SRB"}, nil},
		{"name's possessive, singular ally",
			"Moscow's Belarusian ally hosted the drills near the Polish border.",
			[]string{"ALLY_OF state:BLR state:RUS"}, nil},
		{"near miss: no owner before the demonym",
			"Brazil hosted a meeting with Venezuelan partners of the oil company.",
			nil, []string{"ALLY_OF state:BRA state:VEN"}},
	})
}
