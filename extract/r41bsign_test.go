package extract

import "testing"

// TestZeroRelativeAgreement (r41bsign): a contact relative clause with a pronoun subject after
// a named agreement ("the X Accord it had signed in 2019") makes the agreement the signing
// verb's object, and "it" before "had"/"has" and a signing participle (coref.tsv skip=) is its
// clause's subject, not the latest state named.
func TestZeroRelativeAgreement(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"pluperfect in a contact relative",
			"Chad violated the Khartoum Accord it had signed in 2019.",
			[]string{"SIGNED state:TCD agr:khartoum-accord asserted/fact 2019"}, nil},
		{"simple past in a contact relative",
			"Sudan walked away from the Vientiane Accord it signed in 2021.",
			[]string{"SIGNED state:SDN agr:vientiane-accord asserted/fact 2021"}, nil},
		{"present perfect of ratifying",
			"Libya still respects the Tripoli Protocol it has ratified.",
			[]string{"SIGNED state:LBY agr:tripoli-protocol"}, nil},
		{"'it had' after a telling verb is the teller, not the addressee",
			"Chad told Sudan it had signed the Khartoum Accord.",
			[]string{"SIGNED state:TCD agr:khartoum-accord"}, []string{"SIGNED state:SDN agr:khartoum-accord"}},
		{"an object after the verb: the agreement before the pronoun is no object",
			"Niger addressed the Council. Under the Khartoum Accord it signed the Lome Protocol in 2020.",
			[]string{"SIGNED state:NER agr:lome-protocol"}, []string{"SIGNED state:NER agr:khartoum-accord"}},
		{"a comma between the agreement and the pronoun: no contact relative",
			"Chad discussed the Khartoum Accord, and it signed the Lome Protocol in 2020.",
			nil, []string{"SIGNED state:TCD agr:khartoum-accord"}},
	})
}
