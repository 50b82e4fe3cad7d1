package extract

import "testing"

// Stop 44, h44bcolon: a group named before a colon that opens its members' list ("on behalf
// of the Nordic-Baltic Eight: Denmark, Estonia, ..."). The listed states are members of the
// group, and a statement made on behalf of the list speaks for each member, not for the
// group (testdata/README.md, "On behalf of" a group). Every test text is our own wording.
func TestH44bcolonMembersAfterColon(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"on behalf of a Caribbean body",
			"I speak on behalf of the Caribbean Community: Jamaica, Barbados, Guyana and Trinidad and Tobago.",
			[]string{"MEMBER_OF state:JAM inst:caricom", "MEMBER_OF state:BRB inst:caricom",
				"MEMBER_OF state:GUY inst:caricom", "MEMBER_OF state:TTO inst:caricom"}, nil},
		{"a Great Lakes body with its short name in brackets",
			"Signed for the East African Community (EAC): Kenya, Uganda, Rwanda and Burundi.",
			[]string{"MEMBER_OF state:KEN inst:eac", "MEMBER_OF state:UGA inst:eac",
				"MEMBER_OF state:RWA inst:eac", "MEMBER_OF state:BDI inst:eac"}, nil},
		{"speaking for a body, Caribbean",
			"Speaking for the Caribbean Community: Haiti, Belize and Jamaica.",
			[]string{"MEMBER_OF state:HTI inst:caricom", "MEMBER_OF state:BLZ inst:caricom", "MEMBER_OF state:JAM inst:caricom"}, nil},
		{"near miss: a clause, not a list, after the colon",
			"Speaking on behalf of the African Union, Kenya knows the cost of delay: Ethiopia and Eritrea were not consulted.",
			nil, []string{"MEMBER_OF state:ETH inst:african-union", "MEMBER_OF state:ERI inst:african-union"}},
		{"near miss: a heading's body before the colon lists no members",
			"Security Council: India, Brazil and Nigeria.",
			nil, []string{"MEMBER_OF state:IND inst:unsc", "MEMBER_OF state:BRA inst:unsc"}},
		{"a Sahel confederation",
			"This statement is delivered on behalf of the Alliance of Sahel States: Mali, Burkina Faso and Niger.",
			[]string{"MEMBER_OF state:MLI inst:aes", "MEMBER_OF state:BFA inst:aes", "MEMBER_OF state:NER inst:aes"}, nil},
		{"near miss: a colon after a state opens no membership",
			"Statement by Armenia: Azerbaijan and Turkey must reopen the border.",
			nil, []string{"MEMBER_OF state:AZE state:ARM", "MEMBER_OF state:TUR state:ARM"}},
	})
}

// TestH44bcolonSpeakersAfterColon: "We" of a statement delivered on behalf of a group whose
// members follow a colon is each member (h44bcolon).
func TestH44bcolonSpeakersAfterColon(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"named group, then members, Caribbean",
			"I have the honour to speak on behalf of the Caribbean Community: Jamaica, Barbados and Guyana. We condemn the attacks by Venezuela.",
			[]string{"CONDEMNED state:JAM state:VEN", "CONDEMNED state:BRB state:VEN", "CONDEMNED state:GUY state:VEN"},
			[]string{"CONDEMNED inst:caricom state:VEN"}},
		{"described group, then members and my own country, Horn of Africa",
			"I make this statement on behalf of the countries of the region: Djibouti, Kenya and my own country, Somalia. We support Somalia's sovereignty.",
			[]string{"SUPPORTS state:DJI state:SOM", "SUPPORTS state:KEN state:SOM"}, nil},
		{"a statement by the following countries, Latin America",
			"Joint statement by the following countries: Argentina, Chile, Uruguay and Paraguay. We reject the blockade imposed by Venezuela.",
			[]string{"CONDEMNED state:ARG state:VEN", "CONDEMNED state:CHL state:VEN", "CONDEMNED state:URY state:VEN", "CONDEMNED state:PRY state:VEN"}, nil},
		{"near miss: a statement on a topic before the colon",
			"Statement on behalf of Armenia on the situation in the South Caucasus: Azerbaijan and Turkey. We condemn the blockade by Azerbaijan.",
			nil, []string{"CONDEMNED state:TUR state:AZE"}},
	})
}

// TestH44bcolonDescribedBody: a body described by "be" and a plural noun of members before
// the colon ("IGAD is a bloc of eight states: ...") has the listed states as members
// (h44bcolon). Our own wording.
func TestH44bcolonDescribedBody(t *testing.T) {
	checkRelations(t, "2024-05-20", []relCase{
		{"Horn of Africa bloc",
			"IGAD is a regional bloc of eight states: Djibouti, Eritrea, Ethiopia, Kenya, Somalia, South Sudan, Sudan and Uganda.",
			[]string{"MEMBER_OF state:DJI inst:igad", "MEMBER_OF state:ERI inst:igad", "MEMBER_OF state:SSD inst:igad"}, nil},
		{"Gulf body, past tense",
			"The Gulf Cooperation Council was a grouping of six monarchies and their governments: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.",
			[]string{"MEMBER_OF state:BHR inst:gcc", "MEMBER_OF state:OMN inst:gcc", "MEMBER_OF state:ARE inst:gcc"}, nil},
		{"near miss: the noun before the colon names no members",
			"ASEAN is a forum with two priorities: Myanmar and the Philippines.",
			nil, []string{"MEMBER_OF state:MMR inst:asean", "MEMBER_OF state:PHL inst:asean"}},
		{"near miss: a comma between the body and the colon",
			"The East African Community is divided, say three states: Kenya, Uganda and Tanzania.",
			nil, []string{"MEMBER_OF state:KEN inst:eac", "MEMBER_OF state:UGA inst:eac"}},
	})
}
