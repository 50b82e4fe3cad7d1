package extract

import "testing"

// TestR36MeetWelcomedTo: a host who welcomes a guest "to" a place states the guest's presence
// there, the guest named after a title or after a possessive's relational noun ("his
// counterpart", "my friend"); a capital after it is the city. Sentences of our own.
func TestR36MeetWelcomedTo(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a titled guest with his state, welcomed to a capital",
			"President Emmanuel Macron welcomed Prime Minister Narendra Modi of India to Paris for a state visit.",
			[]string{"VISITED person:narendra-modi place:paris"}, nil},
		{"a counterpart welcomed to a capital, the host's own",
			"Putin welcomed his Chinese counterpart Xi Jinping to Moscow on Monday.",
			[]string{"VISITED person:xi-jinping place:moscow"}, []string{"VISITED person:xi-jinping state:RUS"}},
		{"a friend welcomed by a speaker",
			"I welcome my friend Foreign Secretary Penny Wong to Washington.",
			[]string{"VISITED person:penny-wong place:washington"}, nil},
		{"near miss: a state welcomed to a body visits nothing",
			"President Joe Biden welcomed Finland to NATO on Tuesday.",
			nil, []string{"VISITED state:FIN inst:nato"}},
	})
}

// TestR36MeetHisVisitWithPartner: "his"/"her" before a visit noun stands for the clause's
// person, not for the partner named after "with" ("X raised it with President Y during his
// visit to Z": X travelled). Sentences of our own.
func TestR36MeetHisVisitWithPartner(t *testing.T) {
	checkRelations(t, "2024-06-01", []relCase{
		{"a partner after with, then his visit",
			"Chancellor Olaf Scholz raised the issue with President Xi Jinping during his visit to Beijing in April.",
			[]string{"VISITED person:olaf-scholz place:beijing"}, []string{"VISITED person:xi-jinping place:beijing"}},
		{"her visit after a titled partner",
			"Foreign Minister Penny Wong discussed trade with Prime Minister Narendra Modi during her trip to New Delhi.",
			[]string{"VISITED person:penny-wong place:new-delhi"}, []string{"VISITED person:narendra-modi place:new-delhi"}},
		{"near miss: no partner after with, the nearest person still",
			"After Scholz spoke, President Emmanuel Macron signed the accord during his visit to Berlin.",
			[]string{"VISITED person:emmanuel-macron place:berlin"}, nil},
	})
}
