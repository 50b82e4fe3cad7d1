package extract

import "testing"

// Stop 39, SUPPORTS and SUPPLIED. Every sentence is our own, written in the shapes of the half-A
// false relations, with other names, verbs and word order. Each case marked "fails before"
// failed on main at 4a7e1b95.

// A supply noun after "involved in" that modifies a noun ("firms involved in the supply of
// drones to Russia") is the act of those involved, not of the clause's subject, who names,
// sanctions or condemns them (words.tsv involvement).
func TestR39SuppInvolvedIn(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"sanctioner of those involved (fails before)",
			"Canada sanctioned three people involved in the supply of drones to Russia.",
			nil, []string{"SUPPLIED state:CAN state:RUS"}},
		{"designator, the involved named by a plural noun (fails before)",
			"Britain has designated companies and banks involved in the delivery of shells to Russia.",
			nil, []string{"SUPPLIED state:GBR state:RUS"}},
		{"a condemner, past an adverb (fails before)",
			"Japan condemned the networks directly involved in shipments of missiles to Moscow.",
			nil, []string{"SUPPLIED state:JPN state:RUS"}},
		{"near miss: the subject itself was involved",
			"Iran was deeply involved in the supply of drones to Russia.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		{"near miss: a source after from still supplies",
			"Japan designated two firms involved in the transfer of missiles from Iran to Russia.",
			[]string{"SUPPLIED state:IRN state:RUS"}, []string{"SUPPLIED state:JPN state:RUS"}},
	})
}
