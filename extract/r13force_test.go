package extract

import "testing"

// TestTriggerNounInCompound: a trigger noun right before a words.tsv compound-head noun only
// modifies it ("launch positions", "test sites"): it names a place, no event (sentences of
// our own).
func TestTriggerNounInCompound(t *testing.T) {
	checkRelations(t, "2024-01-20", []relCase{
		{"launch positions in a relative, a passive by-phrase after it",
			"The raids, which destroyed several missile launch positions near Hodeidah, were backed by Canada and Denmark.",
			nil, []string{"LAUNCHED state:CAN weapon:missile", "LAUNCHED state:DNK weapon:missile"}},
		{"test sites as an object, active subject",
			"Satellite images show that Pakistan has expanded its missile test sites in Balochistan.",
			nil, []string{"LAUNCHED state:PAK weapon:missile"}},
		{"a launch pad after a launch verb: only the verb launches",
			"Iran fired a ballistic missile from a launch pad near Semnan on Monday.",
			[]string{"LAUNCHED state:IRN weapon:ballistic-missile"}, nil},
		{"near miss: the launch noun heads its phrase",
			"Japan condemned the missile launch by North Korea.",
			[]string{"LAUNCHED state:PRK weapon:missile"}, nil},
	})
}
