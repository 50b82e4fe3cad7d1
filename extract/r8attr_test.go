package extract

import "testing"

// TestAgentlessBeliefHedges: a belief or assessment that names nobody hedges the claim
// (SCHEMA.md Modality rule 2) and wins over a report cue beside it; a participle phrase set
// off by commas before the verb hedges only what it says of its head. Every sentence is our own.
func TestAgentlessBeliefHedges(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"is believed to have, perfect infinitive",
			"Iran is believed to have sent drones to Russia last year.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/speculative"}, nil},
		{"are thought to, plural passive",
			"China is thought to have deployed warships to Cambodia.",
			[]string{"DEPLOYED state:CHN state:KHM asserted/speculative"}, nil},
		{"is assessed to have, agency register",
			"Belarus is assessed to have supplied Russia with fuel since 2023.",
			[]string{"SUPPLIED state:BLR state:RUS asserted/speculative"}, nil},
		{"a hedge in a relative clause wins over the report cue",
			"Officials say the pattern follows North Korea, which is believed to have delivered missiles to Russia.",
			[]string{"SUPPLIED state:PRK state:RUS asserted/speculative"}, nil},
		{"near miss: a named believer reports",
			"Western intelligence services believe Iran sent drones to Russia last year.",
			[]string{"SUPPLIED state:IRN state:RUS asserted/reported"}, nil},
		{"near miss: a participle phrase between commas hedges its head only",
			"The agency said the soldiers, believed to include officers, had been sent to Russia by North Korea.",
			[]string{"DEPLOYED state:PRK state:RUS asserted/reported"}, nil},
	})
}
