package extract

import "testing"

// TestR31TreatyClause covers a treaty's mutual-assistance clause stated in a sentence of its
// own, after the signing ("The treaty obliges each side to ... the other"), and the clause
// written without "each" ("mutual assistance ... against one of the parties", "if either
// party is attacked, the other shall ..."). The parties are the signers stated before. The
// sentences are our own.
func TestR31TreatyClause(t *testing.T) {
	signed := "Chile and Peru signed the Pacific Security Treaty in Lima on Monday. "
	checkRelations(t, "2024-05-01", []relCase{
		{"each side ... the other, in a sentence naming no party",
			signed + "The treaty obliges each side to give military assistance to the other if it comes under attack.",
			[]string{"SUPPORTS state:CHL state:PER", "SUPPORTS state:PER state:CHL"}, nil},
		{"an article of the treaty commits each party",
			signed + "Article 5 of the treaty commits each party to provide military aid if the other is attacked.",
			[]string{"SUPPORTS state:CHL state:PER", "SUPPORTS state:PER state:CHL"}, nil},
		{"mutual assistance against one of the parties",
			signed + "The treaty provides for mutual assistance in the event of aggression against one of the parties.",
			[]string{"SUPPORTS state:CHL state:PER", "SUPPORTS state:PER state:CHL"}, nil},
		{"either party attacked, the other assists",
			signed + "If either party is attacked, the other shall immediately provide military assistance.",
			[]string{"SUPPORTS state:CHL state:PER", "SUPPORTS state:PER state:CHL"}, nil},
		{"one party ... the other, parties named in the sentence",
			"The accord between Chile and Peru provides for military assistance by one party if the other comes under attack.",
			[]string{"SUPPORTS state:CHL state:PER", "SUPPORTS state:PER state:CHL"}, nil},
		{"no signing stated: the clause names no parties",
			"The treaty obliges each side to give military assistance to the other if it comes under attack.",
			nil, []string{"SUPPORTS state:CHL state:PER"}},
		{"either side with no other and no mutual is no clause",
			signed + "Ecuador said it gave no assistance to either side in the dispute.",
			nil, []string{"SUPPORTS state:CHL state:PER", "SUPPORTS state:ECU state:PER", "SUPPORTS state:PER state:CHL"}},
	})
}
