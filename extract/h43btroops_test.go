package extract

import "testing"

// TestH43btroopsStateHoldsGround: a state holding ground or territory in a place keeps forces
// there (testdata/README.md convention 4, "Ukrainian forces in Kursk": "where Ukraine has held
// territory since ..." is DEPLOYED to the region, as with "Ukrainian forces"); taking or seizing
// territory there attacks it. Our own sentences, on other regions.
func TestH43btroopsStateHoldsGround(t *testing.T) {
	checkRelations(t, "2025-03-14", []relCase{
		{"where-clause, state holds territory",
			"Thousands of Russian soldiers were moved to the Kursk region, where Ukraine has held territory since August.",
			[]string{"DEPLOYED state:UKR place:kursk"},
			[]string{"DEPLOYED state:UKR state:RUS"}},
		{"state holds ground in a place",
			"Armenia still holds ground in Nagorno-Karabakh, the report said.",
			[]string{"DEPLOYED state:ARM place:nagorno-karabakh"},
			nil},
		{"where-clause, forces seized territory",
			"The brigade was sent to the Belgorod region, where Ukrainian forces seized territory in March.",
			[]string{"ATTACKED state:UKR place:belgorod"},
			nil},
		{"state captured territory in a place",
			"Azerbaijani troops captured territory inside Armenia in 2022, the panel found.",
			[]string{"ATTACKED state:AZE state:ARM"},
			nil},
		{"the aside inside a report stays fact",
			"According to Seoul, the soldiers have reportedly been moved to the Kursk region, where Ukrainian forces have held ground since August.",
			[]string{"DEPLOYED state:UKR place:kursk asserted/fact"},
			nil},
		{"the aside is not the event a later noun names",
			"North Korea sent troops to Russia in October. More could be sent to the Kursk region, where Ukraine has held territory since August. Seoul condemned the deployment.",
			[]string{"DEPLOYED state:UKR place:kursk", "CONDEMNED state:KOR state:PRK"},
			[]string{"CONDEMNED state:KOR state:UKR"}},
		{"positions in a body are no ground (must not fire)",
			"China holds positions in four United Nations agencies.",
			nil,
			[]string{"DEPLOYED state:CHN inst:un"}},
	})
}
