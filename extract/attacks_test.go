package extract

import "testing"

// TestAttackTargetsAndLeaders covers who attacks what when the text names facilities by a
// demonym ("Ukrainian ports") and attacks by a leader's possessive ("Putin's war"). Every
// sentence is our own.
func TestAttackTargetsAndLeaders(t *testing.T) {
	checkRelations(t, "", []relCase{
		{"a demonym before a facility noun is the state attacked",
			"Russian drones struck Ukrainian ports on the Danube overnight.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"the facility noun after an attack noun",
			"Israel's air strikes on Syrian airfields resumed in March.",
			[]string{"ATTACKED state:ISR state:SYR"}, nil},
		{"refineries, with an adjective between",
			"Ukraine's repeated drone attacks on Russian refineries cut fuel exports.",
			[]string{"ATTACKED state:UKR state:RUS"}, nil},
		{"a facility noun makes no state a recipient of other relations",
			"Kazakhstan shipped weapons through Georgian ports last year.",
			nil, []string{"SUPPLIED state:KAZ state:GEO"}},
		{"a head of state's attack is the state's",
			"Putin's invasion of Ukraine in February 2022 changed Europe.",
			[]string{"ATTACKED state:RUS state:UKR"}, nil},
		{"a head of state's offensive, another wording",
			"Erdogan's offensive against Syria began in October.",
			[]string{"ATTACKED state:TUR state:SYR"}, nil},
		{"a minister's attacks are words, not the state's",
			"Lavrov's attacks on Ukraine in his speech drew applause.",
			nil, []string{"ATTACKED state:RUS state:UKR"}},
		{"a leader's own journey stays the person's",
			"Putin's visit to Beijing in May was his first abroad.",
			[]string{"VISITED person:vladimir-putin place:beijing"}, []string{"VISITED state:RUS place:beijing"}},
	})
}
