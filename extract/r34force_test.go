package extract

import "testing"

// TestOccupationDeploys: a state's occupation of a territory keeps its forces there
// (DEPLOYED from the possessor or the "by" agent to the "of" object); a place after its state's
// possessive is the territory, not its state; a set of places owned by a state and named in
// apposition after it ("the two islands of Japan, Iriomote and Yonaguni") is the target, not
// the owner; "occupation" before "forces" or "authorities" names the occupier's forces, no act.
// Sentences of our own.
func TestOccupationDeploys(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"the possessor occupies the place after its state's possessive",
			"He also discussed Moldova's European path and Russia's continued occupation of Moldova's Transnistria region.",
			[]string{"DEPLOYED state:RUS place:transnistria-region"}, []string{"DEPLOYED state:RUS state:MDA"}},
		{"the by-agent occupies the of-object",
			"The ministers denounced the occupation of Crimea by Russia.",
			[]string{"DEPLOYED state:RUS place:crimea"}, nil},
		{"a set of places named in apposition after its owner",
			"The summit rejected China's continued occupation of the two islands of Japan, Iriomote and Yonaguni, and urged talks.",
			[]string{"DEPLOYED state:CHN place:iriomote", "DEPLOYED state:CHN place:yonaguni"}, []string{"DEPLOYED state:CHN state:JPN"}},
		{"near miss: occupation forces are the occupier's forces, who do the attack",
			"The statement condemned the crimes committed by the Armenian occupation forces against the Azerbaijani people.",
			[]string{"ATTACKED state:ARM state:AZE"}, nil},
		{"near miss: an occupation with no of-object names no place",
			"The Armenian occupation authorities demolished homes in Hebron.",
			nil, []string{"DEPLOYED state:ARM place:hebron"}},
	})
}

// TestCasualtiesPlaceTroops: soldiers captured, killed or wounded in a place were there, the
// participle right after the troop noun and "in" right after it (DEPLOYED from the troops'
// demonym); a place after another preposition, or a participle with its own agent before the
// place, says nothing of where the troops were. Sentences of our own.
func TestCasualtiesPlaceTroops(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"soldiers captured in a region",
			"Two Belarusian soldiers captured in the Bryansk region were shown on television.",
			[]string{"DEPLOYED state:BLR place:bryansk"}, nil},
		{"soldiers killed in a state abroad",
			"Several Chadian soldiers killed in Mali were buried on Friday.",
			[]string{"DEPLOYED state:TCD state:MLI"}, nil},
		{"near miss: a place after near and an agent",
			"Three Chadian soldiers killed by JNIM near Gao were buried.",
			nil, []string{"DEPLOYED state:TCD place:gao"}},
	})
}

// TestApposedWeaponModel: a weapon's class noun followed by its model's name, between commas
// or after "called"/"named"/"dubbed", launches or supplies the model too; a comma name that is
// an item of a list (another comma or "and" after it) is no apposition, and a lower-case or
// non-weapon name after the comma is none either. Sentences of our own.
func TestApposedWeaponModel(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"a model named by a participle",
			"On 3 March Iran launched a satellite called \"Noor-3\", claiming it had reached orbit.",
			[]string{"LAUNCHED state:IRN weapon:noor-3"}, nil},
		{"a model between commas after the class noun",
			"On 3 March Iran put its first military reconnaissance satellite, Noor-3, into orbit.",
			[]string{"LAUNCHED state:IRN weapon:noor-3"}, nil},
		{"near miss: a name after the comma that is no weapon",
			"On 3 March Iran launched a satellite, Tehran said, but gave no details.",
			nil, []string{"LAUNCHED state:IRN place:tehran", "LAUNCHED state:IRN state:IRN"}},
	})
}

// TestTroopsCompleteWithdrawal: troops that complete or begin their withdrawal from a place end
// their deployment there (DEPLOYED, denied, from the troops' demonym to the place after
// "from"); without a troop noun as subject ("the ministry completed its withdrawal from the
// talks") nothing is deployed. Sentences of our own.
func TestTroopsCompleteWithdrawal(t *testing.T) {
	checkRelations(t, "2024-05-01", []relCase{
		{"troops complete their withdrawal from a state",
			"French forces completed their withdrawal from Gabon in December 2023.",
			[]string{"DEPLOYED state:FRA state:GAB"}, nil},
		{"troops begin their withdrawal from a base",
			"German troops began their withdrawal from Agadez on Monday.",
			[]string{"DEPLOYED state:DEU place:agadez"}, nil},
		{"near miss: no troop noun as subject",
			"Germany completed its withdrawal from Gabon's energy talks in May.",
			nil, []string{"DEPLOYED state:DEU state:GAB"}},
	})
}
