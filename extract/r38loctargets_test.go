package extract

import "testing"

// TestLocativeTargetsVerbAndNoun: a locative relation's target brings the places around it as
// targets, and a noun of the act ("strikes on", "attack on") brings the same ones as its verb
// ("struck", "attacked"), since both read them through locativeTargets: an included phrase's
// places, the place a demonym's place noun stands in, and (flag site-town) the place the last
// target named stands in or by, an included site too. Sentences of our own.
func TestLocativeTargetsVerbAndNoun(t *testing.T) {
	checkRelations(t, "2024-03-12", []relCase{
		{"verb, places of an included phrase",
			"Israeli jets struck several targets in Lebanon, including weapons depots near Tyre and Sidon.",
			[]string{"ATTACKED state:ISR state:LBN", "ATTACKED state:ISR place:tyre", "ATTACKED state:ISR place:sidon"}, nil},
		{"noun, places of an included phrase",
			"Lebanon condemned Israel's strikes on several targets in Lebanon, including weapons depots near Tyre and Sidon.",
			[]string{"ATTACKED state:ISR state:LBN", "ATTACKED state:ISR place:tyre", "ATTACKED state:ISR place:sidon"}, nil},
		{"verb, a demonym's place noun in a region",
			"Russian drones attacked Ukrainian positions in the Zaporizhzhia region.",
			[]string{"ATTACKED state:RUS state:UKR", "ATTACKED state:RUS place:zaporizhzhia-region"}, nil},
		{"noun, a demonym's place noun in a region",
			"Kyiv condemned the Russian attack on Ukrainian positions in the Zaporizhzhia region.",
			[]string{"ATTACKED state:RUS state:UKR", "ATTACKED state:RUS place:zaporizhzhia-region"}, nil},
		{"verb, an included named site near a city",
			"Israel struck targets in Syria, including the Mezzeh air base near Damascus.",
			[]string{"ATTACKED state:ISR state:SYR", "ATTACKED state:ISR place:mezzeh-air-base", "ATTACKED state:ISR place:damascus"}, nil},
		{"noun, an included named site near a city (the noun missed the city before)",
			"Syria condemned Israel's strikes on targets in Syria, including the Mezzeh air base near Damascus.",
			[]string{"ATTACKED state:ISR state:SYR", "ATTACKED state:ISR place:mezzeh-air-base", "ATTACKED state:ISR place:damascus"}, nil},
		{"near miss: troops' positions near a place are no target there",
			"Russian forces shelled Ukrainian troops near Bakhmut.",
			nil, []string{"ATTACKED state:RUS place:bakhmut"}},
	})
}
