package extract

import "testing"

// TestR42bforceTroopCompound: a singular troop noun written right before a supply noun is a
// compound modifier naming the hardware traded ("a frigate transfer", "destroyer sales"): the
// noun states SUPPLIED, not DEPLOYED. Troops that are the noun's object, a plural troop noun
// before it, and a verb with a troop subject still deploy.
func TestR42bforceTroopCompound(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"a frigate transfer is hardware supplied",
			"Washington approved a frigate transfer to Manila last year.",
			[]string{"SUPPLIED state:USA state:PHL"},
			[]string{"DEPLOYED state:USA state:PHL"}},
		{"a corvette delivery is hardware supplied",
			"Seoul completed a corvette delivery to Hanoi in February.",
			[]string{"SUPPLIED state:KOR state:VNM"},
			[]string{"DEPLOYED state:KOR state:VNM"}},
		{"troops as the supply noun's object still deploy (must not change)",
			"Pyongyang's transfer of soldiers to Russia began in October.",
			[]string{"DEPLOYED state:PRK state:RUS"},
			[]string{"SUPPLIED state:PRK state:RUS"}},
		{"a supply verb with troops as object still deploys (must not change)",
			"Minsk sent more soldiers to Russia in the spring.",
			[]string{"DEPLOYED state:BLR state:RUS"},
			[]string{"SUPPLIED state:BLR state:RUS"}},
	})
}

// TestR42bforceByTheAccountOf: "by the account of X" attributes a claim to X as "according to
// X" does: X is no doer of the clause, and the relation it reports is reported. A name outside
// the phrase still acts.
func TestR42bforceByTheAccountOf(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"the officials named in the phrase send no soldiers",
			"The deal, by the account of Polish officials, has delivered about 2,000 Belarusian troops to Russia since May.",
			nil,
			[]string{"DEPLOYED state:POL state:RUS"}},
		{"the clause's own subject still acts (must not be lost)",
			"By the account of Estonian officials, Russia fired 12 missiles at Odesa on Tuesday.",
			[]string{"ATTACKED state:RUS place:odesa asserted/reported"},
			[]string{"ATTACKED state:EST place:odesa"}},
	})
}
