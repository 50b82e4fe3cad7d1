package extract

import "testing"

// TestH43Supp covers stop 43's SUPPORTS precision rules (h43supp). Every sentence is our own.
//
// A member's backing of its own body (extractor.go memberOwnBody): when the document makes a
// party a member of a body, a SUPPORTS from that party to the body is membership, not support.
func TestH43Supp(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"members reaffirming their commitment to their own body support no one",
			"Zambia, Malawi and Botswana are members of SADC. Zambia, Malawi and Botswana reaffirmed their commitment to SADC.",
			[]string{"MEMBER_OF state:ZMB inst:sadc"},
			[]string{"SUPPORTS state:ZMB inst:sadc", "SUPPORTS state:MWI inst:sadc", "SUPPORTS state:BWA inst:sadc"}},
		{"a member's support for its own body is membership",
			"Poland is a member of NATO. Poland supported NATO at the summit.",
			[]string{"MEMBER_OF state:POL inst:nato"},
			[]string{"SUPPORTS state:POL inst:nato"}},
		{"negative: a non-member supporting the body still supports it",
			"Poland is a member of NATO. Ukraine supported NATO at the summit.",
			[]string{"SUPPORTS state:UKR inst:nato"}, nil},
		{"negative: a member supporting another party still supports it",
			"Estonia is a member of the European Union. Estonia supports Moldova.",
			[]string{"SUPPORTS state:EST state:MDA"}, nil},
	})
}
