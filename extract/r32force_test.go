package extract

import "testing"

// TestR32ForceHeldGround: ground, territory or positions held inside another state's region
// are held against that state, not hosted by it: the region is the target and its possessor
// is not, while troops sent to a possessed region still name both (sentences of our own).
func TestR32ForceHeldGround(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"held positions in a possessed region",
			"Belarusian units have held positions in Russia's Bryansk region since June.",
			[]string{"DEPLOYED state:BLR place:bryansk"}, []string{"DEPLOYED state:BLR state:RUS"}},
		{"where-clause after a possessed region",
			"The brigades were moved to Russia's Belgorod region, where Belarusian troops have held a strip of territory since May.",
			[]string{"DEPLOYED state:BLR place:belgorod"}, []string{"DEPLOYED state:BLR state:RUS"}},
		{"near miss: troops sent to a possessed region name the possessor too",
			"Belarus sent 2,000 troops to Russia's Bryansk region in June.",
			[]string{"DEPLOYED state:BLR place:bryansk", "DEPLOYED state:BLR state:RUS"}, nil},
	})
}

// TestR32ForceWeaponModifiedStrike: a state's demonym before a weapon noun that modifies an
// attack noun ("a Russian missile strike on", "the Iranian drone attack on") names the attacker,
// as it does right before the noun (sentences of our own).
func TestR32ForceWeaponModifiedStrike(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"demonym, weapon noun, strike on a city",
			"A Russian missile strike on Sumy killed eleven people on Sunday.",
			[]string{"ATTACKED state:RUS place:sumy"}, nil},
		{"demonym, weapon noun, strike on a building in a city",
			"On Friday a Russian drone strike on a grain terminal in Izmail started a fire.",
			[]string{"ATTACKED state:RUS place:izmayil"}, nil},
		{"near miss: a weapon noun with no state before it names no attacker",
			"A missile strike on Sumy killed eleven people on Sunday.",
			nil, []string{"ATTACKED state:RUS place:sumy"}},
		{"near miss: a capitalised weapon name is no modifier of the noun",
			"Ukraine said the Iskander strike on Sumy came from Belgorod.",
			nil, []string{"ATTACKED state:UKR place:sumy"}},
	})
}

// TestR32ForcePartitiveRest: a partitive remainder after a deployment's destination, set off
// by a comma and opened by the destination's own preposition, names part of the destination
// ("sent 11,000 soldiers to Russia, most of them to the Kursk region"; sentences of our own).
func TestR32ForcePartitiveRest(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"most of them, past two months",
			"Belarus deployed about 3,000 troops to Russia in May and June, most of them to the Bryansk region.",
			[]string{"DEPLOYED state:BLR place:bryansk", "DEPLOYED state:BLR state:RUS"}, nil},
		{"thousands of them, passive",
			"Some 2,000 Belarusian soldiers have been moved to Russia, thousands of them to Belgorod.",
			[]string{"DEPLOYED state:BLR place:belgorod"}, nil},
		{"near miss: another preposition names an origin",
			"Belarus deployed about 3,000 troops to Russia in May, most of them from Bryansk.",
			nil, []string{"DEPLOYED state:BLR place:bryansk"}},
		{"near miss: no partitive pronoun",
			"Belarus deployed about 3,000 troops to Russia in May, with reserves to Bryansk.",
			nil, []string{"DEPLOYED state:BLR place:bryansk"}},
	})
}

// TestR32ForceMovedToward: forces moved toward a place are deployed there, as forces moved
// to it are; only with a troop noun (sentences of our own).
func TestR32ForceMovedToward(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"partitive subject moved toward a region",
			"Belarus has sent 3,000 soldiers to Russia, some of whom have moved toward the Bryansk region.",
			[]string{"DEPLOYED state:BLR place:bryansk"}, nil},
		{"near miss: a state moving toward a deal deploys nothing",
			"Belarus has moved toward Russia on trade since the election.",
			nil, []string{"DEPLOYED state:BLR state:RUS"}},
	})
}

// TestR32ForceExampleObjectBefore: a launch noun whose object is named right before it, in an
// example of an earlier launch noun ("X's missile launches, including multiple cruise missile
// launches"), is done by the earlier noun's owner, not by the clause's subject (sentences of
// our own).
func TestR32ForceExampleObjectBefore(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"including, modifier and object before the noun",
			"Japan and Australia condemned Iran's ballistic missile launches, including multiple cruise missile launches in May.",
			[]string{"LAUNCHED state:IRN weapon:cruise-missile"}, []string{"LAUNCHED state:JPN weapon:cruise-missile", "LAUNCHED state:AUS weapon:cruise-missile"}},
		{"the earlier noun's owner is a pronoun before its own object",
			"Japan condemned Iran's development of drones and its ballistic missile launches, including cruise missile launches.",
			[]string{"LAUNCHED state:IRN weapon:cruise-missile"}, []string{"LAUNCHED state:JPN weapon:cruise-missile"}},
		{"near miss: no earlier launch noun, the subject launches",
			"Iran conducted several tests in May, including two cruise missile launches.",
			[]string{"LAUNCHED state:IRN weapon:cruise-missile"}, nil},
	})
}

// TestR32ForceDemonymHeadPlace: an attack on a state's targets, positions or cities named by a
// demonym and placed by a locative ("against Ukrainian positions in the Donbas") strikes the
// place as well as the state (sentences of our own).
func TestR32ForceDemonymHeadPlace(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"used against demonym targets in a region",
			"Russia first used the Kinzhal against Ukrainian targets in the Sumy region in March.",
			[]string{"ATTACKED state:RUS place:sumy-region", "ATTACKED state:RUS state:UKR"}, nil},
		{"strikes on demonym positions in a place",
			"Russian strikes on Ukrainian positions near Kherson continued.",
			[]string{"ATTACKED state:RUS place:kherson"}, nil},
		{"near miss: vessels are only found at the place",
			"China used water cannon against Philippine vessels near Scarborough Shoal.",
			[]string{"ATTACKED state:CHN state:PHL"}, []string{"ATTACKED state:CHN place:scarborough-shoal"}},
		{"near miss: a singular noun after the demonym",
			"Russia fired on the Ukrainian embassy in Minsk.",
			nil, []string{"ATTACKED state:RUS place:minsk"}},
	})
}

// TestR32ForceDrillsAround: drills around a state are held in the waters and air around it,
// not in it; around a place (islands, a town) they are there (sentences of our own).
func TestR32ForceDrillsAround(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"drills around named islands",
			"China's navy held live-fire drills around Kinmen on Tuesday.",
			[]string{"DEPLOYED state:CHN place:kinmen"}, nil},
		{"near miss: drills around a state",
			"China's large-scale drills around Taiwan drew protests from Tokyo.",
			nil, []string{"DEPLOYED state:CHN state:TWN"}},
		{"near miss: held drills around a state",
			"China's military held large-scale drills around Taiwan last month.",
			nil, []string{"DEPLOYED state:CHN state:TWN"}},
		{"drills in a strait still place the forces",
			"China's naval drills in the Taiwan Strait drew protests from Tokyo.",
			[]string{"DEPLOYED state:CHN place:taiwan-strait"}, nil},
	})
}

// TestR32ForceSustainedOwner: goods that a relative clause says feed or sustain a state's
// industry or war go to that state, when the supplying verb names no recipient (sentences of
// our own).
func TestR32ForceSustainedOwner(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"sold goods that feed a state's industry",
			"Officials say Belarus has sold machine tools and microelectronics that feed Russia's arms industry.",
			[]string{"SUPPLIED state:BLR state:RUS"}, nil},
		{"shipped components that sustain a state's war",
			"Iran has shipped drone engines that sustain Russia's war effort, the report says.",
			[]string{"SUPPLIED state:IRN state:RUS"}, nil},
		{"near miss: a named recipient keeps its place",
			"Belarus has sold machine tools to Serbia that feed Russia's arms industry.",
			[]string{"SUPPLIED state:BLR state:SRB"}, []string{"SUPPLIED state:BLR state:RUS"}},
		{"near miss: the relative clause's verb sustains nothing",
			"Belarus has sold machine tools that Russia's arms industry admires.",
			nil, []string{"SUPPLIED state:BLR state:RUS"}},
	})
}
