package extract

import "testing"

// TestR41bMeetLists covers the lists of attendees of a meeting whose members carry an office
// with its state's formal name before the name (summit declarations, communiques): the list
// goes on past "of the" + the state and past a bracketed qualifier, and the company after
// "attended by" reaches the first name past a long office.
func TestR41bMeetLists(t *testing.T) {
	checkRelations(t, "2024-07-04", []relCase{
		{"an office with 'of the' + state before the second member's name",
			"The summit was attended by President Ana Ruiz of Spain and Prime Minister of the Portuguese Republic Jorge Vidal.",
			[]string{"MET_WITH person:ana-ruiz person:jorge-vidal"}, nil},
		{"long formal state names in every member's office",
			"The meeting was attended by President of the Republic of Chile Ana Ruiz, Chairman of the People's Republic of China Xi Jinping and President of the Argentine Republic Jorge Vidal.",
			[]string{"MET_WITH person:ana-ruiz person:xi-jinping", "MET_WITH person:ana-ruiz person:jorge-vidal",
				"MET_WITH person:jorge-vidal person:xi-jinping"}, nil},
		{"a bracketed lower-case qualifier after a member",
			"The meeting was attended by President of Peru Carlos Diaz (acting), President of the Republic of Chile Ana Ruiz and President of Bolivia Jorge Vidal.",
			[]string{"MET_WITH person:ana-ruiz person:carlos-diaz", "MET_WITH person:carlos-diaz person:jorge-vidal",
				"MET_WITH person:ana-ruiz person:jorge-vidal"}, nil},
		{"a bracketed qualifier outside a meeting pairs nobody",
			"Carlos Diaz (retired) said that President of the Republic of Chile Ana Ruiz would resign.",
			nil, []string{"MET_WITH person:ana-ruiz person:carlos-diaz"}},
		{"a state's formal name in an attendee's office is no attendee",
			"The meeting was attended by President of the Republic of Chile Ana Ruiz and the Government of the Argentine Republic.",
			nil, []string{"MET_WITH person:ana-ruiz state:ARG"}},
	})
}

// TestR41bMeetDeclarationSignatories covers a joint statement's first-person apposition that
// lists its signatories by name after a capitalised plural role and their states ("We, the
// Foreign Ministers of A, B and C, X, Y and Z, met"): the names are people, and they met.
func TestR41bMeetDeclarationSignatories(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"signatories named after the states of a capitalised plural role",
			"We, the Foreign Ministers of Chile, Peru and Bolivia, Ana Ruiz Tagle, Jorge Vidal Soto and Marta Quispe Mamani, met by video conference today.",
			[]string{"MET_WITH person:ana-ruiz-tagle person:jorge-vidal-soto", "MET_WITH person:ana-ruiz-tagle person:marta-quispe-mamani",
				"MET_WITH person:jorge-vidal-soto person:marta-quispe-mamani"}, nil},
		{"a body before the heads",
			"We, the Andean Defence Ministers of Chile and Peru, Ana Ruiz Tagle and Jorge Vidal Soto, met in Lima on Monday.",
			[]string{"MET_WITH person:ana-ruiz-tagle person:jorge-vidal-soto"}, nil},
		{"no first-person apposition: the capitalised plural role introduces no names",
			"The Foreign Ministers of Chile and Peru, Gran Hotel Bolivar and Plaza Mayor, met in Lima.",
			nil, []string{"MET_WITH person:gran-hotel-bolivar person:plaza-mayor"}},
	})
}
