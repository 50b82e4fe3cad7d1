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

// TestH44depColonListOfPlaces: a list after a colon that closes a locative target names the
// sites of the attack or deployment, each a target too; the colon after a state or place
// named after a locative is a place context for the listed names. A colon followed by a
// clause, or by a list of states, adds nothing.
func TestH44depColonListOfPlaces(t *testing.T) {
	checkRelations(t, "2025-06-22", []relCase{
		{"strikes on named sites after a colon",
			"Overnight, Turkish drones struck targets in Syria: Aleppo, Raqqa and Homs.",
			[]string{"ATTACKED state:TUR state:SYR", "ATTACKED state:TUR place:aleppo", "ATTACKED state:TUR place:raqqa", "ATTACKED state:TUR place:homs"},
			nil},
		{"a deployment to listed bases, other wording",
			"The United States has deployed troops to four bases in Poland: Poznan, Krakow and Wroclaw.",
			[]string{"DEPLOYED state:USA state:POL", "DEPLOYED state:USA place:poznan", "DEPLOYED state:USA place:krakow", "DEPLOYED state:USA place:wrocław"},
			nil},
		{"a clause after the colon (must not fire)",
			"Russia struck Kharkiv on Monday: Kyiv and Warsaw condemned the attack.",
			[]string{"ATTACKED state:RUS place:kharkiv"},
			[]string{"ATTACKED state:RUS state:UKR", "ATTACKED state:RUS state:POL"}},
		{"the listed names go on into a clause (must not fire)",
			"Ethiopian jets bombed camps in Somalia: Kismayo, Baidoa and Beledweyne were hit.",
			[]string{"ATTACKED state:ETH state:SOM"},
			[]string{"ATTACKED state:ETH place:kismayo", "ATTACKED state:ETH place:baidoa"}},
	})
}

// TestH44depWithdrawalAskedFor: a withdrawal of troops asked for (after "must", after a
// demanding verb and its object's "to", or a noun after a demanding verb) ends nothing yet:
// the deployment it names is asserted. A withdrawal done or planned still denies it, and a
// state's announced withdrawal from a body keeps its own reading.
func TestH44depWithdrawalAskedFor(t *testing.T) {
	checkRelations(t, "2025-02-22", []relCase{
		{"called on a state to withdraw its troops",
			"The African Union called on Eritrea to withdraw its troops from Tigray.",
			[]string{"DEPLOYED state:ERI place:tigray asserted/"},
			nil},
		{"a modal and adverbs, other wording",
			"Kenya must immediately and unconditionally withdraw its police officers from Haiti, the minister said.",
			[]string{"DEPLOYED state:KEN state:HTI asserted/"},
			nil},
		{"a demanded withdrawal, as a noun",
			"The summit demanded the immediate withdrawal of Turkish troops from Libya.",
			[]string{"DEPLOYED state:TUR state:LBY asserted/"},
			nil},
		{"a withdrawal done still denies (near miss)",
			"France withdrew its troops from Mali in 2022.",
			[]string{"DEPLOYED state:FRA state:MLI denied/"},
			nil},
		{"a withdrawal completed, as a noun, still denies (near miss)",
			"The withdrawal of French forces from Chad was completed in January.",
			[]string{"DEPLOYED state:FRA state:TCD denied/"},
			nil},
		{"a withdrawal planned is no demand: denied, speculative (must not fire)",
			"Burundi will withdraw its soldiers from Somalia next year.",
			[]string{"DEPLOYED state:BDI state:SOM denied/speculative"},
			nil},
		{"a membership's announced withdrawal keeps its reading (must not fire)",
			"Niger announced its decision to withdraw from ECOWAS.",
			[]string{"MEMBER_OF state:NER inst:ecowas denied/"},
			nil},
	})
}
