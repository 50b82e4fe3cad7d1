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

// Goods in a reduced passive relative ("missiles supplied by the United States") that are the
// object of a verb of use went to the user, that verb's subject ("Ukraine had fired ATACMS
// missiles supplied by the United States"); one who shoots them down or seizes them received
// nothing (words.tsv use-verb).
func TestR39SuppUsedGoods(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"fired, the supplier after by (fails before)",
			"Kenya had fired artillery shells supplied by Turkey at the camp.",
			[]string{"SUPPLIED state:TUR state:KEN"}, nil},
		{"used, a list of suppliers (fails before)",
			"Kyiv used howitzers provided by France and Germany in the counter-offensive.",
			[]string{"SUPPLIED state:FRA state:UKR", "SUPPLIED state:DEU state:UKR"}, nil},
		{"launched, a body that is no state (fails before)",
			"The Houthis launched drones supplied by Iran at two tankers.",
			[]string{"SUPPORTS state:IRN inst:houthis"}, nil},
		{"the clause's date stays the firing's",
			"Kenya fired artillery shells supplied by Turkey at the camp on 19 November 2024.",
			[]string{"LAUNCHED state:KEN weapon:artillery-shell asserted/fact 2024-11-19"}, nil},
		{"near miss: shooting down is no receipt",
			"Ukraine shot down drones supplied by Iran.",
			nil, []string{"SUPPLIED state:IRN state:UKR"}},
		{"near miss: a recipient after to stands",
			"Chad fired rockets sent by Libya to Sudan.",
			[]string{"SUPPLIED state:LBY state:SDN"}, []string{"SUPPLIED state:LBY state:TCD"}},
	})
}
