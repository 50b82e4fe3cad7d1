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
