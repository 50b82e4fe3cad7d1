package extract

import "testing"

// TestCondemnerIsNoAttacker: a state that condemns, denounces or protests another's strikes on
// sites near or in named towns is no attacker of those towns; the possessor of the strike noun
// is. A word in -s right after a plural determiner ("several targets", "many attacks") is a
// noun, no verb whose subject is the condemner (sentences of our own).
func TestCondemnerIsNoAttacker(t *testing.T) {
	checkRelations(t, "2024-09-20", []relCase{
		{"condemned, possessor's strikes on depots near two towns",
			"Lebanon condemned Israel's strikes on weapons depots near Tyre and Sidon.",
			[]string{"ATTACKED state:ISR place:tyre", "ATTACKED state:ISR place:sidon"},
			[]string{"ATTACKED state:LBN place:tyre", "ATTACKED state:LBN place:sidon"}},
		{"denounced, the attack on a named airport in a city",
			"Syria denounced the Israeli air strike on the Mezzeh military airport in Damascus on Sunday.",
			[]string{"ATTACKED state:ISR place:damascus"},
			[]string{"ATTACKED state:SYR place:damascus"}},
		{"protested, raids by a state on bases in a region",
			"Iraq protested against Turkey's raids on militant camps in Sinjar and Makhmour this week.",
			[]string{"ATTACKED state:TUR place:sinjar"},
			[]string{"ATTACKED state:IRQ place:sinjar", "ATTACKED state:IRQ place:makhmour"}},
		{"condemned, targets in the condemner, including depots near towns",
			"Lebanon condemned Israel's strikes on several targets in Lebanon, including weapons depots near Tyre and Sidon.",
			[]string{"ATTACKED state:ISR place:tyre", "ATTACKED state:ISR place:sidon"},
			[]string{"ATTACKED state:LBN place:tyre", "ATTACKED state:LBN place:sidon"}},
		{"denounced, raids across a country, including camps in towns",
			"Baghdad strongly denounced the Turkish air raids on positions across northern Iraq, including camps near Sinjar and Makhmour.",
			[]string{"ATTACKED state:TUR place:sinjar"},
			[]string{"ATTACKED state:IRQ place:sinjar", "ATTACKED state:IRQ place:makhmour"}},
		{"criticised, bombardment of sites, among them an airport in a city",
			"Damascus criticised the Israeli bombardment of military sites in Syria, including an air base near Homs.",
			[]string{"ATTACKED state:ISR place:homs"},
			[]string{"ATTACKED state:SYR place:homs"}},
		{"a plural determiner, no possessor, places after the noun",
			"Jordan denounced the shelling of many targets around Irbid and Mafraq overnight.",
			nil,
			[]string{"ATTACKED state:JOR place:irbid", "ATTACKED state:JOR place:mafraq"}},
		{"positive control: the verb after a singular subject",
			"Israel targets several depots near Tyre every week, Lebanese officials said.",
			[]string{"ATTACKED state:ISR place:tyre"}, nil},
	})
}
