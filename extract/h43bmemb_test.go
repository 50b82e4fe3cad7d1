package extract

import "testing"

// TestH43bListBeforeBracket: a list of states right before brackets that hold only a body's
// name ("A, B and C (the E3)") names the group they form: each is MEMBER_OF the body. Brackets
// that hold more than the name, a single state, or a body's name that follows other words
// relate nothing.
func TestH43bListBeforeBracket(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"three states, then the body's name with 'the' in brackets",
			"On Monday France, Germany and the United Kingdom (the E3) told the IAEA Board of Governors that Tehran had breached its commitments.",
			[]string{"MEMBER_OF state:FRA inst:e3", "MEMBER_OF state:DEU inst:e3", "MEMBER_OF state:GBR inst:e3"}, nil},
		{"the body's name without 'the', a list in an object",
			"The envoy met officials from Burkina Faso, Mali and Niger (AES) in Niamey on Friday.",
			[]string{"MEMBER_OF state:BFA inst:aes", "MEMBER_OF state:MLI inst:aes", "MEMBER_OF state:NER inst:aes"}, nil},
		{"a serial comma before 'and'",
			"Kenya, Uganda, and Ethiopia (the IGAD) called for a ceasefire in Sudan.",
			[]string{"MEMBER_OF state:KEN inst:igad", "MEMBER_OF state:UGA inst:igad", "MEMBER_OF state:ETH inst:igad"}, nil},
		{"one state before the brackets is no list",
			"Only Hungary (the EU) objected to the package.",
			nil, []string{"MEMBER_OF state:HUN inst:eu"}},
		{"brackets that hold more than the body's name",
			"Colombia and Peru (both observers at the OAS meeting) abstained.",
			nil, []string{"MEMBER_OF state:COL inst:oas", "MEMBER_OF state:PER inst:oas"}},
	})
}

// TestH43bCountriesOfBody: "the countries / states / nations of" a body name its members, with
// the list after "including" or in apposition; "of" + a region or a place names no body.
func TestH43bCountriesOfBody(t *testing.T) {
	checkRelations(t, "2024-10-01", []relCase{
		{"the countries of a body, including a list",
			"Moscow will keep sending instructors to the countries of the Alliance of Sahel States, including Mali, Burkina Faso and Niger.",
			[]string{"MEMBER_OF state:MLI inst:aes", "MEMBER_OF state:BFA inst:aes", "MEMBER_OF state:NER inst:aes"},
			[]string{"SUPPORTS state:MLI inst:aes"}},
		{"states of a body in apposition",
			"Qatar and Oman, states of the Gulf Cooperation Council, offered to mediate between the parties.",
			[]string{"MEMBER_OF state:QAT inst:gcc", "MEMBER_OF state:OMN inst:gcc"}, nil},
		{"nations of a body after a copula",
			"Jamaica and Barbados are nations of the Caribbean Community.",
			[]string{"MEMBER_OF state:JAM inst:caricom", "MEMBER_OF state:BRB inst:caricom"}, nil},
		{"nations of a region are members of nothing",
			"Kenya and Ethiopia, two nations of East Africa, sent troops to Somalia under the African Union.",
			nil, []string{"MEMBER_OF state:KEN inst:african-union", "MEMBER_OF state:ETH inst:african-union"}},
	})
}
