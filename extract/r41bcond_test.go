package extract

import "testing"

// Stop 41, second round: condemnation, regret and objections (CONDEMNED). Every sentence is
// our own, in the shapes of the read (A) documents' CONDEMNED misses with other names, verbs
// and word order. Each case marked "fails before" failed on main at d91e90da.

// An objection or a complaint lodged with a party, like a protest, is a protest against it;
// plural protests take any adjective of degree (triggers.tsv, the r41bcond objections row).
func TestR41bCondObjectionsLodged(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"lodged strong objections with a capital (fails before)",
			"Seoul has lodged strong objections with Moscow over the troop dispatch.",
			[]string{"CONDEMNED state:KOR state:RUS"}, nil},
		{"filed a formal objection with (fails before)",
			"Hanoi filed a formal objection with Beijing over the seizure of the boats.",
			[]string{"CONDEMNED state:VNM state:CHN"}, nil},
		{"lodged serious protests with (fails before)",
			"Beijing lodged serious protests with Washington after the arms sale.",
			[]string{"CONDEMNED state:CHN state:USA"}, nil},
		{"near miss: an objection lodged with a court names no party objected to",
			"Lithuania lodged an objection with the court in The Hague on Monday.",
			nil, []string{"CONDEMNED state:LTU state:NLD"}},
	})
}
