package extract

import "testing"

// TestH44depCompassState: a lower-case compass adjective before a state is a mention of the
// state (testdata/README.md, "A compass word before a state"): no Place is made and a
// deployment or attack goes to the state. Before a place the adjective still names a region
// of it, and capitalised mid-sentence it is a proper name of its own.
func TestH44depCompassState(t *testing.T) {
	checkEntities(t, []entCase{
		{"eastern + state",
			"Sudanese troops have crossed into eastern Chad.",
			[]string{"state:TCD"}, []string{"place:eastern-chad"}},
		{"south-western + state, other wording",
			"Armenian officials said shelling hit villages in south-western Azerbaijan overnight.",
			[]string{"state:AZE"}, []string{"place:south-western-azerbaijan"}},
		{"near miss: a compass word before a place still names its region",
			"Guerrillas raided farms in northern Luzon.",
			[]string{"place:northern-luzon"}, []string{"place:luzon"}},
		{"near miss: capitalised mid-sentence it is a region's own name",
			"The exercise moved to Northern Norway in March.",
			[]string{"place:northern-norway"}, nil},
	})
	checkRelations(t, "2025-03-14", []relCase{
		{"a deployment to a compass region of a state goes to the state",
			"Ankara has kept troops in western Libya since 2020.",
			[]string{"DEPLOYED state:TUR state:LBY"},
			[]string{"DEPLOYED state:TUR place:western-libya"}},
		{"an attack on one goes to the state",
			"Colombian aircraft bombed rebel camps in northern Ecuador on Monday.",
			[]string{"ATTACKED state:COL state:ECU"},
			[]string{"ATTACKED state:COL place:northern-ecuador"}},
	})
}
