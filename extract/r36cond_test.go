package extract

import "testing"

// TestR36CondDemonymAct: a speech noun with a pronoun possessor and an event noun that a
// demonym modifies ("its condemnation of the Israeli attacks on Lebanon") goes from the
// possessor to the demonym's state; the demonym is no source and the victim no target. The
// sentences are our own.
func TestR36CondDemonymAct(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"pronoun possessor, demonym, victim",
			"Kenya renewed its condemnation of the Ethiopian raids on Somalia.",
			[]string{"CONDEMNED state:KEN state:ETH"}, []string{"CONDEMNED state:ETH state:SOM"}},
		{"pronoun possessor, adjective before the demonym",
			"Malta reiterated its criticism of the ongoing Turkish strikes on Syria.",
			[]string{"CONDEMNED state:MLT state:TUR"}, []string{"CONDEMNED state:TUR state:SYR"}},
		{"pronoun possessor, demonym on a named weapon inside the act's complement",
			"Chile renewed its condemnation of the export of Iranian drones to Sudan.",
			[]string{"CONDEMNED state:CHL state:IRN"}, []string{"CONDEMNED state:IRN state:SDN"}},
		{"near miss: an of-phrase naming the owner in full stays the source",
			"Malta welcomed the support of the Turkish government for Syria.",
			nil, []string{"CONDEMNED state:MLT state:TUR"}},
	})
}
