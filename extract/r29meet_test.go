package extract

import "testing"

// TestR29Meet covers stop 29's meeting, visit and office classes (MET_WITH, VISITED,
// OFFICIAL_OF) on sentences of our own, with near misses the rules must leave alone.
func TestR29Meet(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		// A state or body that opens a title after a preposition qualifies the person the
		// title names; the person is the preposition's object.
		{"a titled person after 'to': the state opens the title",
			"Prime Minister Ana Ruiz handed over the signed protocol to Chilean Foreign Minister Jorge Vidal at a ceremony in Madrid.",
			[]string{"MET_WITH person:ana-ruiz person:jorge-vidal"}, nil},
		{"the same with a country name and a title with 'of'",
			"Chancellor Karl Weber hands over the instrument of ratification to United States Secretary of State Mary Quinn on Friday.",
			[]string{"MET_WITH person:karl-weber person:mary-quinn"}, nil},
		{"a body before the title",
			"President Ana Ruiz presented her credentials to NATO Secretary General Pieter Smit in Brussels.",
			[]string{"MET_WITH person:ana-ruiz person:pieter-smit"}, nil},
		{"near miss: handing something over to a state is no meeting",
			"Prime Minister Ana Ruiz handed over the captured drone to Chile on Monday.",
			nil, []string{"MET_WITH person:ana-ruiz state:CHL"}},
		{"near miss: a state after the preposition with no person after its title words",
			"Prime Minister Ana Ruiz handed over the files to Chilean Foreign Ministry officials.",
			nil, []string{"MET_WITH person:ana-ruiz state:CHL"}},
		// The EU's foreign-policy office names the Union with its remit; the name after the
		// title does not take the remit's last word.
		{"the High Representative of the Union for Foreign Affairs and Security Policy",
			"The High Representative of the Union for Foreign Affairs and Security Policy, Maria Lind, said on Monday that the package was ready.",
			[]string{"OFFICIAL_OF person:maria-lind inst:eu"}, nil},
		{"the title after the name",
			"\"We will not stop,\" said Maria Lind, High Representative of the Union for Foreign Affairs and Security Policy.",
			[]string{"OFFICIAL_OF person:maria-lind inst:eu"}, nil},
		{"the EU in the title and the name right after 'Policy'",
			"Foreign Minister Jorge Vidal of Chile discussed the attack with the High Representative of the EU for Foreign Affairs and Security Policy Maria Lind.",
			[]string{"OFFICIAL_OF person:maria-lind inst:eu"}, []string{"OFFICIAL_OF person:policy-maria-lind inst:eu"}},
		{"near miss: a bare High Representative names no body",
			"High Representative Maria Lind said the package was ready.",
			nil, []string{"OFFICIAL_OF person:maria-lind inst:eu"}},
	})
}
