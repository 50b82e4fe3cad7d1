package extract

import "testing"

// TestOfficialStyle: the wording of readouts, ministry statements and defence releases
// (issue 11), in sentences of our own, with negatives.
func TestOfficialStyle(t *testing.T) {
	checkRelations(t, []relCase{
		{"a body's formal name with its state",
			"The Ministry of Foreign Affairs of Estonia condemns the shelling of Kharkiv by Russia.",
			[]string{"CONDEMNED inst:estonia-foreign-ministry state:RUS"},
			[]string{"CONDEMNED state:EST state:RUS"}},
		{"the formal name with 'the' before the state",
			"The Ministry of Defence of the Republic of Poland denounced Belarus.",
			[]string{"CONDEMNED inst:poland-defence-ministry state:BLR"}, nil},
		{"'the Ministry' later in the statement is the ministry named before",
			"The Ministry of Foreign Affairs of Latvia issued a statement.\n\nThe Ministry also condemns Belarus.",
			[]string{"CONDEMNED inst:latvia-foreign-ministry state:BLR"}, nil},
		{"'the Ministry' with no ministry named before refers to nothing",
			"Latvia issued a statement.\n\nThe Ministry also condemns Belarus.",
			nil, []string{"CONDEMNED state:LVA state:BLR"}},
		{"an attacker's by-phrase between the attack and its target cities",
			"Officials condemned the overnight strike by Russia on Kyiv and Odesa.",
			[]string{"ATTACKED state:RUS place:kyiv", "ATTACKED state:RUS place:odesa"},
			[]string{"ATTACKED state:RUS state:UKR"}},
		{"a capital after 'on' without an attack is still the government",
			"The decision by Germany on Kyiv's request came late.",
			nil, []string{"ATTACKED state:DEU place:kyiv"}},
		{"a hyphenated given name after an office's complement",
			"Minister of National Defense Park Min-soo held a call with Lloyd J. Austin III.",
			[]string{"MET_WITH person:lloyd-austin person:park-min-soo"}, nil},
		{"a regnal number inside a monarch's name",
			"Marta Kask was received by King Carl XVI Gustaf at the Royal Palace.",
			[]string{"MET_WITH person:carl-xvi-gustaf person:marta-kask"},
			[]string{"MET_WITH person:carl person:marta-kask"}},
	})
}
