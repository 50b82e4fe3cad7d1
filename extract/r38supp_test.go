package extract

import "testing"

// Stop 38, SUPPORTS. Every sentence is our own, written in the shapes the half-A misses and
// false positives showed, with other names, verbs and word order. Each case marked "fails
// before" failed on main at 90721855.

// "back" before a direction is a phrasal verb's particle, no verb of support (words.tsv
// particle, particle-lead).
func TestR38SuppBackParticle(t *testing.T) {
	checkRelations(t, "2025-03-03", []relCase{
		{"particle before into (fails before)",
			"Ghana hopes to bring Togo back into ECOWAS.",
			nil, []string{"SUPPORTS state:TGO inst:ecowas"}},
		{"particle before to, then the verb in the next clause (fails before)",
			"Kenya flew Somalia's envoy back to Mogadishu, and Ghana will back Togo in the vote.",
			[]string{"SUPPORTS state:GHA state:TGO"}, []string{"SUPPORTS state:SOM state:GHA"}},
		{"near miss: the verb with its object keeps its reading",
			"Ghana will back Togo in its bid.",
			[]string{"SUPPORTS state:GHA state:TGO"}, nil},
	})
}
