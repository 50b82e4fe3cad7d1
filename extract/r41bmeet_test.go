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

// TestR41bMeetDeclarationOpening covers a declaration's heading line, however long, before the
// first-person apposition that opens its text: the apposition's sentence is its own (the
// heading's "Statement by" reports nothing of it), and every state the apposition lists is
// its subject, not only those before the name at hand.
func TestR41bMeetDeclarationOpening(t *testing.T) {
	checkRelations(t, "2025-02-10", []relCase{
		{"a long heading before the apposition: the meeting is a fact",
			"Joint Statement by the Foreign Ministers of the Andean Community of Nations (CAN) on Regional Security\n\nWe, the Foreign Ministers of Chile and Peru, Ana Ruiz Tagle and Jorge Vidal Soto, met in Lima today.",
			[]string{"MET_WITH person:ana-ruiz-tagle person:jorge-vidal-soto asserted/fact"}, nil},
		{"every state of the apposition condemns",
			"Joint Statement by the Governments of Chile, Peru, the Plurinational State of Bolivia and the Republic of Ecuador on the Incident\n\nWe, the Governments of Chile, Peru, the Plurinational State of Bolivia and the Republic of Ecuador, strongly condemn Venezuela's actions.",
			[]string{"CONDEMNED state:CHL state:VEN", "CONDEMNED state:PER state:VEN", "CONDEMNED state:BOL state:VEN", "CONDEMNED state:ECU state:VEN"}, nil},
		{"a lower-case 'we' continuing a line is no opening",
			"The two ministers said that\n\nwe, the people, must decide. Ana Ruiz Tagle met Jorge Vidal Soto.",
			nil, []string{"CONDEMNED state:CHL state:VEN"}},
	})
}

// TestR41bMeetFriend covers a host's "friend" before a guest's name, after a possessive
// ("my", "his"), as press conferences and readouts name a visiting minister: the name is a
// person, and the welcome to a place is a visit there.
func TestR41bMeetFriend(t *testing.T) {
	checkRelations(t, "2024-07-04", []relCase{
		{"a speaker's 'my friend' before the guest",
			"I welcome my friend Jorge Vidal Soto to Santiago.",
			[]string{"VISITED person:jorge-vidal-soto place:santiago"}, nil},
		{"a host's 'her friend'",
			"President Ana Ruiz welcomed her friend Jorge Vidal Soto to Santiago.",
			[]string{"VISITED person:jorge-vidal-soto place:santiago"}, nil},
		{"'my friends' before a place names no person",
			"I thank my friends in Santiago for the visit to Lima.",
			nil, []string{"VISITED person:santiago place:lima"}},
		{"friends without a possessive name no one",
			"Friends Jorge Vidal and Ana Ruiz visited Santiago.",
			nil, nil},
	})
}

// TestR41bMeetFrontedWe covers a first-person apposition after a fronted adverbial ("Today,
// we, Prime Minister A of X, ... met"), as leaders' declarations open, also below a long
// heading: its people met one another.
func TestR41bMeetFrontedWe(t *testing.T) {
	checkRelations(t, "2024-09-21", []relCase{
		{"'Today, we,' and the leaders with their states",
			"Today, we, Prime Minister Ana Ruiz of Spain, Prime Minister Jorge Vidal of Portugal, and President Carlos Diaz of Chile, met in Lisbon for the summit.",
			[]string{"MET_WITH person:ana-ruiz person:carlos-diaz", "MET_WITH person:ana-ruiz person:jorge-vidal",
				"MET_WITH person:carlos-diaz person:jorge-vidal"}, nil},
		{"a dated adverbial, below a long heading",
			"Joint Statement from the Leaders of Spain, Portugal, Chile, and the Argentine Republic on the Summit\n\nOn 21 September, we, Prime Minister Ana Ruiz of Spain and Prime Minister Jorge Vidal of Portugal, met in Lisbon.",
			[]string{"MET_WITH person:ana-ruiz person:jorge-vidal asserted/fact 2024-09-21"}, nil},
		{"a name before 'we' is no adverbial: 'we' is no apposition's",
			"Ana Ruiz said we, the people, met Jorge Vidal in Lisbon.",
			nil, []string{"MET_WITH person:ana-ruiz person:jorge-vidal"}},
	})
}

// TestR41bMeetPurposeMeeting covers a meeting noun that is the errand of the clause's act
// ("visited Lima for the meeting"): it pairs no colleagues who travelled or hosted together;
// one with its own partner ("for talks with X") still does.
func TestR41bMeetPurposeMeeting(t *testing.T) {
	checkRelations(t, "2024-07-04", []relCase{
		{"colleagues who visit for a meeting do not meet each other",
			"Foreign Minister Ana Ruiz and Defence Minister Jorge Vidal visited Lima for the meeting.",
			nil, []string{"MET_WITH person:ana-ruiz person:jorge-vidal"}},
		{"a meeting noun with its partner after 'for' still pairs",
			"Foreign Minister Ana Ruiz arrived in Lima for talks with President Carlos Diaz.",
			[]string{"MET_WITH person:ana-ruiz person:carlos-diaz"}, nil},
		{"hosts and guests still meet across the sides",
			"Foreign Minister Ana Ruiz and Defence Minister Jorge Vidal hosted Foreign Minister Carlos Diaz for the second ministerial meeting in Lima today.",
			[]string{"MET_WITH person:ana-ruiz person:carlos-diaz", "MET_WITH person:carlos-diaz person:jorge-vidal"}, nil},
	})
}
